import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findCatalogueGaps } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { lockoutMessages } from './lockout-messages.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return name.endsWith('.ts') && !name.includes('.test') ? [path] : [];
  });
}

describe('lockoutMessages', () => {
  it('has a Russian and an English message for every code', () => {
    expect(findCatalogueGaps(lockoutMessages)).toEqual([]);
    expect(Object.keys(lockoutMessages.ru).sort()).toEqual(Object.keys(lockoutMessages.en).sort());
  });

  it('DOC-11: every catalogued code is emitted by the package (no message for a code nobody sends)', () => {
    const root = new URL('..', import.meta.url).pathname;
    const emitted = new Set<string>();
    for (const file of sources(root))
      for (const m of readFileSync(file, 'utf8').matchAll(/issue\(\s*'(lockout\.[a-z_.]+)'/g))
        emitted.add(m[1]!);
    expect(Object.keys(lockoutMessages.ru).filter((code) => !emitted.has(code))).toEqual([]);
  });
});
