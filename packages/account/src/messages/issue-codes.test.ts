import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreMessages, mergeCatalogues } from '@kabinet/core';
import { lockoutMessages } from '@kabinet/lockout';
import { otpMessages } from '@kabinet/otp';
import { validatorMessages } from '@kabinet/validators';
import { accountMessages } from './account-messages.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('issue codes', () => {
  it('DOC-11: every issue code the account package emits has a message in ru and en', () => {
    const all = mergeCatalogues(
      coreMessages,
      validatorMessages,
      otpMessages,
      lockoutMessages,
      accountMessages,
    );
    const root = new URL('..', import.meta.url).pathname;
    const codes = new Set<string>();
    for (const file of sources(root)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/issue\(\s*'([a-z_]+\.[a-z_.]+)'/g))
        codes.add(m[1]!);
      for (const m of readFileSync(file, 'utf8').matchAll(/code: '((?:notice)\.[a-z_]+)'/g))
        codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(40);
    const missing = [...codes].filter(
      (code) => all.ru[code] === undefined || all.en[code] === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('DOC-11: every auth.* code the catalogue has is emitted somewhere (no message or status for a code nobody sends)', () => {
    const root = new URL('..', import.meta.url).pathname;
    const text = sources(root)
      .filter((file) => !file.includes('/locales/') && !file.endsWith('.test-d.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const catalogued = Object.keys(accountMessages.ru).filter((code) => code.startsWith('auth.'));
    expect(catalogued.length).toBeGreaterThan(10);
    expect(catalogued.filter((code) => !text.includes(`'${code}'`))).toEqual([]);
  });
});
