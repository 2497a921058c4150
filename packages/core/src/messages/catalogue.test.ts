import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  defineCatalogue,
  findCatalogueGaps,
  LOCALES,
  mergeCatalogues,
  type MessageCatalogue,
} from './catalogue.js';

const code = fc.stringMatching(/^[a-z]{1,6}\.[a-z_]{1,8}$/);
const message = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');

describe('defineCatalogue', () => {
  it('returns the per-language maps it is given', () => {
    const ru = { 'snils.checksum': 'Неверное контрольное число СНИЛС' };
    const en = { 'snils.checksum': 'Wrong SNILS check digits' };
    const catalogue = defineCatalogue({ ru, en });
    expect(catalogue.ru).toBe(ru);
    expect(catalogue.en).toBe(en);
  });

  it('covers Russian and English', () => {
    expect(LOCALES).toStrictEqual(['ru', 'en']);
  });
});

describe('findCatalogueGaps', () => {
  test.prop([fc.uniqueArray(code, { minLength: 1, maxLength: 8 }), message])(
    'finds nothing in a catalogue with every code in both languages',
    (codes, text) => {
      const messages = Object.fromEntries(codes.map((c) => [c, text]));
      expect(findCatalogueGaps({ ru: messages, en: { ...messages } })).toStrictEqual([]);
    },
  );

  test.prop([
    fc.uniqueArray(code, { minLength: 1, maxLength: 8 }),
    fc.nat(),
    fc.constantFrom(...LOCALES),
  ])('catches a code missing from one language', (codes, pick, locale) => {
    const missing = codes[pick % codes.length]!;
    const full = Object.fromEntries(codes.map((c) => [c, `message ${c}`]));
    const partial = Object.fromEntries(
      codes.filter((c) => c !== missing).map((c) => [c, `message ${c}`]),
    );
    const catalogue = (
      locale === 'ru' ? { ru: partial, en: full } : { ru: full, en: partial }
    ) as MessageCatalogue;
    expect(findCatalogueGaps(catalogue)).toStrictEqual([{ code: missing, locale }]);
  });

  it('counts an empty or blank message as a gap, and reports gaps sorted by code', () => {
    const catalogue = {
      ru: { 'b.two': ' ', 'a.one': 'Один' },
      en: { 'b.two': 'Two', 'a.one': '' },
    } as MessageCatalogue;
    expect(findCatalogueGaps(catalogue)).toStrictEqual([
      { code: 'a.one', locale: 'en' },
      { code: 'b.two', locale: 'ru' },
    ]);
  });

  it('accepts a function template as a message', () => {
    const catalogue = defineCatalogue({
      ru: { 'x.count': () => 'раз' },
      en: { 'x.count': () => 'once' },
    });
    expect(findCatalogueGaps(catalogue)).toStrictEqual([]);
  });

  it('is not fooled by codes named like Object.prototype members', () => {
    const catalogue = {
      ru: { constructor: 'Конструктор', toString: 'Строка' },
      en: {},
    } as unknown as MessageCatalogue;
    expect(findCatalogueGaps(catalogue)).toStrictEqual([
      { code: 'constructor', locale: 'en' },
      { code: 'toString', locale: 'en' },
    ]);
  });
});

describe('mergeCatalogues', () => {
  it('holds every code of every catalogue, the later one winning on a shared code', () => {
    const first = defineCatalogue({
      ru: { 'a.x': 'А', 'a.y': 'Б' },
      en: { 'a.x': 'A', 'a.y': 'B' },
    });
    const second = defineCatalogue({
      ru: { 'a.y': 'В', 'b.z': 'Г' },
      en: { 'a.y': 'C', 'b.z': 'D' },
    });
    expect(mergeCatalogues(first, second)).toStrictEqual({
      ru: { 'a.x': 'А', 'a.y': 'В', 'b.z': 'Г' },
      en: { 'a.x': 'A', 'a.y': 'C', 'b.z': 'D' },
    });
  });

  it('leaves its inputs unchanged', () => {
    const first = defineCatalogue({ ru: { 'a.x': 'А' }, en: { 'a.x': 'A' } });
    mergeCatalogues(first, defineCatalogue({ ru: { 'a.x': 'Б' }, en: { 'a.x': 'B' } }));
    expect(first).toStrictEqual({ ru: { 'a.x': 'А' }, en: { 'a.x': 'A' } });
  });

  test.prop([fc.array(fc.uniqueArray(code, { maxLength: 5 }), { maxLength: 4 })])(
    'keeps a merge of complete catalogues complete',
    (codeSets) => {
      const catalogues = codeSets.map((codes) => {
        const messages = Object.fromEntries(codes.map((c) => [c, c]));
        return { ru: messages, en: messages };
      });
      const merged = mergeCatalogues(...catalogues);
      expect(findCatalogueGaps(merged)).toStrictEqual([]);
      expect(Object.keys(merged.ru).sort()).toStrictEqual([...new Set(codeSets.flat())].sort());
    },
  );
});
