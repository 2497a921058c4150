import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { maskEmail } from './mask-email.js';

describe('maskEmail', () => {
  it('keeps the first letter of the local part and the domain', () => {
    expect(maskEmail('ivan.petrov@mail.ru')).toBe('i***@mail.ru');
    expect(maskEmail('a@b.c')).toBe('a***@b.c');
  });

  it('masks a value that is not an address completely', () => {
    expect(maskEmail('not-an-email')).toBe('***');
    expect(maskEmail('@mail.ru')).toBe('***');
    expect(maskEmail('')).toBe('***');
  });

  it('keeps a first character outside the BMP whole and splits at the last @', () => {
    expect(maskEmail('😀smile@mail.ru')).toBe('😀***@mail.ru');
    expect(maskEmail('"a@b"@example.org')).toBe('"***@example.org');
  });

  test.prop([fc.emailAddress()])(
    'hides the local part but its first character, and the length of the local part',
    (email) => {
      const at = email.lastIndexOf('@');
      const local = email.slice(0, at);
      const out = maskEmail(email);
      const first = [...local][0]!;
      expect(out).toBe(`${first}***${email.slice(at)}`);
      // the masked local part is the same for every local part with this first character
      expect(out.slice(0, out.lastIndexOf('@'))).toBe(`${first}***`);
    },
  );
});
