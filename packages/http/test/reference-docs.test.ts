import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCatalogueGaps, mergeCatalogues } from '@kabinet/core';
import { kabinetMessages } from 'kabinet';
import { httpMessages } from '../src/index.js';
import { renderErrorCodeTableDoc, renderHttpReferenceDoc } from '../scripts/reference-docs.js';

const read = (name: string) =>
  readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');

describe('generated docs are current (regenerate with `pnpm --filter @kabinet/http run reference`)', () => {
  it('docs/http-reference.md is what the OpenAPI document of the API renders', () => {
    expect(read('http-reference.md')).toBe(renderHttpReferenceDoc());
  });

  it('docs/error-codes.md is what kabinetMessages and httpMessages render, in both languages', () => {
    expect(read('error-codes.md')).toBe(renderErrorCodeTableDoc());
  });

  it('DOC-11: every code the HTTP layer answers with has a Russian and an English message', () => {
    expect(findCatalogueGaps(httpMessages)).toEqual([]);
    expect(findCatalogueGaps(mergeCatalogues(kabinetMessages, httpMessages))).toEqual([]);
  });
});
