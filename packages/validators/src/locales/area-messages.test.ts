import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { coreMessages, findCatalogueGaps, renderIssue, type MessageCatalogue } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { codeOf, moduleClosure, SRC } from '../../test/module-graph.js';
import { validatorMessages } from './validator-messages.js';

// The subpath areas (as scripts/package-areas.mjs lists them), and the ones that share another
// area's catalogue: password-presets is the password area's data and returns password.* codes.
// `schema` (the parse → zod bridge) checks nothing and returns no code of its own.
const AREAS = readdirSync(SRC, { withFileTypes: true })
  .filter(
    (e) =>
      e.isDirectory() &&
      !e.name.startsWith('_') &&
      e.name !== 'locales' &&
      e.name !== 'schema' &&
      existsSync(join(SRC, e.name, 'index.ts')),
  )
  .map((e) => e.name)
  .sort();
const CATALOGUE_OF: Readonly<Record<string, string>> = { 'password-presets': 'password' };

const camel = (area: string): string => area.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

async function catalogueOf(area: string): Promise<MessageCatalogue> {
  const entry = pathToFileURL(join(SRC, area, 'messages', 'index.ts')).href;
  const mod = (await import(entry)) as Record<string, MessageCatalogue>;
  const catalogue = mod[`${camel(area)}Messages`];
  if (catalogue === undefined)
    throw new Error(`${area}/messages exports no ${camel(area)}Messages`);
  return catalogue;
}

const validatorCodes = new Set(Object.keys(validatorMessages.ru));
const coreCodes = new Set(Object.keys(coreMessages.ru));

/** The codes an area's source can return: quoted codes, and every code of a `ns.${…}` namespace. */
function codesUsedBy(area: string): string[] {
  const used = new Set<string>();
  for (const file of moduleClosure(`${area}/index.ts`)) {
    const code = codeOf(file);
    for (const m of code.matchAll(/['"]([a-z_]+\.[a-z_]+)['"]/g))
      if (validatorCodes.has(m[1]!)) used.add(m[1]!);
    for (const m of code.matchAll(/`([a-z_]+)\.\$\{/g))
      for (const c of validatorCodes) if (c.startsWith(`${m[1]}.`)) used.add(c);
  }
  return [...used].filter((c) => !coreCodes.has(c)).sort();
}

describe('per-area message catalogues', () => {
  it('DOC-11: every subpath area has its catalogue in /<area>/messages, with every code in ru and en', async () => {
    const withOwn = AREAS.filter((a) => !(a in CATALOGUE_OF));
    expect(withOwn.length).toBeGreaterThanOrEqual(17);
    for (const area of withOwn) {
      expect(existsSync(join(SRC, area, 'messages', 'index.ts')), area).toBe(true);
      const catalogue = await catalogueOf(area);
      expect(Object.keys(catalogue.ru).length, area).toBeGreaterThan(0);
      expect(findCatalogueGaps(catalogue), area).toEqual([]);
    }
  });

  it('DOC-11: each catalogue holds every code its area returns (found in the source the subpath loads)', async () => {
    for (const area of AREAS) {
      const catalogue = await catalogueOf(CATALOGUE_OF[area] ?? area);
      const used = codesUsedBy(area);
      expect(used.length, area).toBeGreaterThan(0);
      expect(
        used.filter((c) => !Object.hasOwn(catalogue.ru, c) || !Object.hasOwn(catalogue.en, c)),
        area,
      ).toEqual([]);
    }
  });

  it('DOC-11: the area catalogues and coreMessages together are validatorMessages — no code lost, no text changed', async () => {
    const ru: Record<string, unknown> = { ...coreMessages.ru };
    const en: Record<string, unknown> = { ...coreMessages.en };
    for (const area of AREAS.filter((a) => !(a in CATALOGUE_OF))) {
      const catalogue = await catalogueOf(area);
      for (const [code, text] of Object.entries(catalogue.ru)) {
        // an area that shares a module with another (visa and document-validity) brings the same text
        if (Object.hasOwn(ru, code)) expect(ru[code], code).toBe(text);
        ru[code] = text;
      }
      Object.assign(en, catalogue.en);
    }
    expect(Object.keys(ru).sort()).toEqual(Object.keys(validatorMessages.ru).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(validatorMessages.en).sort());
    for (const code of Object.keys(ru)) {
      expect(ru[code], code).toBe(validatorMessages.ru[code]);
      expect(en[code], code).toBe(validatorMessages.en[code]);
    }
  });

  it("DOC-11: an area catalogue renders the generic input.* codes through renderIssue's fallback to coreMessages", async () => {
    const snils = await catalogueOf('snils');
    expect(Object.keys(snils.ru).every((c) => c.startsWith('snils.'))).toBe(true);
    expect(renderIssue({ code: 'input.required', path: ['snils'] }, 'ru', snils)).toBe(
      'Поле обязательное',
    );
    expect(
      renderIssue(
        { code: 'snils.checksum', path: ['snils'], params: { expected: '95', actual: '96' } },
        'en',
        snils,
      ),
    ).toBe(
      renderIssue(
        { code: 'snils.checksum', path: ['snils'], params: { expected: '95', actual: '96' } },
        'en',
        validatorMessages,
      ),
    );
  });
});
