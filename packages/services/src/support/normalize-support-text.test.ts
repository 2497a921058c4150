import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { codePointLength, normalizeSupportText } from './normalize-support-text.js';

describe('normalizeSupportText', () => {
  it('removes hidden characters, unifies line breaks, cuts trailing spaces and runs of blank lines', () => {
    expect(normalizeSupportText('  Не приходит\u200b код\r\n\r\n\r\n\r\nпо СМС\t ')).toBe(
      'Не приходит код\n\n\nпо СМС',
    );
    expect(normalizeSupportText('\u202eevil\u202c\u0007')).toBe('evil');
    expect(normalizeSupportText('\u200b \ufeff')).toBe('');
    expect(normalizeSupportText('e\u0301')).toBe('é');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])(
    'is idempotent, keeps no control or hidden characters, and never starts or ends with white space',
    (text) => {
      const once = normalizeSupportText(text);
      expect(normalizeSupportText(once)).toBe(once);
      expect(once).not.toMatch(
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\ufeff\r]/u,
      );
      expect(once).toBe(once.trim());
    },
  );

  it('counts code points', () => {
    expect(codePointLength('😀a')).toBe(2);
  });
});
