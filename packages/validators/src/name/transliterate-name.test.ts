import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareNameWithMrz } from './compare-name-with-mrz.js';
import { transliterateName } from './transliterate-name.js';

const russianName = fc.stringMatching(/^[А-ЯЁ][а-яё]{1,14}$/);

describe('transliterateName', () => {
  it('DOC-8: ICAO Doc 9303 vectors of validators.md §1.11', () => {
    expect(transliterateName('Юлия Щеглова')).toBe('IULIIA SHCHEGLOVA');
    expect(transliterateName('Андрей Видный')).toBe('ANDREI VIDNYI');
    expect(transliterateName('Ян Разъездной')).toBe('IAN RAZIEEZDNOI');
    expect(transliterateName('Цой Артём')).toBe('TSOI ARTEM');
    expect(transliterateName('Эльвира Кузьмина')).toBe('ELVIRA KUZMINA');
  });

  it('DOC-8: older passport tables on request', () => {
    expect(transliterateName('Цой', 'gost-52535')).toBe('TCOI');
    expect(transliterateName('Разъездной', 'gost-52535')).toBe('RAZEZDNOI');
    expect(transliterateName('Юлия Яковлева', 'mvd-310')).toBe('YULIYA YAKOVLEVA');
    expect(transliterateName('Анна-Мария д’Артаньян')).toBe('ANNA-MARIIA DARTANIAN');
  });

  test.prop([russianName, fc.constantFrom('icao', 'gost-52535', 'mvd-310')])(
    'DOC-8: output is upper-case Latin, and an MRZ written from it matches the Cyrillic name',
    (name, scheme) => {
      const latin = transliterateName(name, scheme);
      expect(latin).toMatch(/^[A-Z]*$/);
      fc.pre(latin.length > 0);
      expect(compareNameWithMrz({ surname: name }, `${latin}<<`)).toMatchObject({
        success: true,
        data: { method: 'transliteration' },
      });
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })])(
    'never throws and only emits A–Z, space and hyphen',
    (text) => {
      expect(transliterateName(text)).toMatch(/^[A-Z -]*$/);
    },
  );
});
