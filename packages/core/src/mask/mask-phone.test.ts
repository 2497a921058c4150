import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { maskPhone } from './mask-phone.js';

const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 16 });
/** A phone number as people type it: optional `+`, digits with spaces, dashes and brackets. */
const typedPhone = fc
  .tuple(
    fc.boolean(),
    digits,
    fc.array(fc.constantFrom(' ', '-', '(', ')'), { maxLength: 16 }),
    fc.integer(),
  )
  .map(([plus, ds, separators, seed]) => {
    let out = plus ? '+' : '';
    [...ds].forEach((d, i) => {
      out += d;
      if (separators[i] !== undefined && (seed >> i) & 1) out += separators[i];
    });
    return { text: out, digits: ds, plus };
  });

describe('maskPhone', () => {
  it('keeps the plus, the first four and the last two digits', () => {
    expect(maskPhone('+79161234567')).toBe('+7916*****67');
    expect(maskPhone('+7 (916) 123-45-67')).toBe('+7916*****67');
    expect(maskPhone('89161234567')).toBe('8916*****67');
  });

  it('masks short numbers completely', () => {
    expect(maskPhone('123456')).toBe('******');
    expect(maskPhone('')).toBe('');
  });

  test.prop([typedPhone])(
    'hides every digit between the first four and the last two',
    ({ text, digits, plus }) => {
      const out = maskPhone(text);
      if (digits.length <= 6) {
        expect(out).toBe('*'.repeat(digits.length));
        return;
      }
      expect(out).toBe(
        `${plus ? '+' : ''}${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`,
      );
      const shownDigits = out.replace(/\D/g, '');
      expect(shownDigits).toHaveLength(6);
    },
  );

  test.prop([typedPhone])(
    'never shows more than six digits, and stars stand for every middle digit',
    ({ text, digits }) => {
      const out = maskPhone(text);
      expect(out.replace(/\D/g, '').length).toBeLessThanOrEqual(6);
      if (digits.length > 6) {
        expect(out).toMatch(/^\+?\d{4}\*+\d{2}$/);
        expect(out.split('*').length - 1).toBe(digits.length - 6);
      } else {
        expect(out).toMatch(/^\**$/);
      }
    },
  );
});
