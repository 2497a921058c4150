import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatKopecks } from './format-kopecks.js';
import { isKopecks } from './is-kopecks.js';
import { kopecksToDecimal } from './kopecks-to-decimal.js';

describe('formatting kopecks', () => {
  it('writes roubles for people in Russian and English', () => {
    expect(formatKopecks(150_000, 'ru')).toBe('1\u00A0500,00\u00A0₽');
    expect(formatKopecks(150_000, 'en')).toBe('RUB 1,500.00');
    expect(formatKopecks(5, 'ru')).toBe('0,05\u00A0₽');
    expect(formatKopecks(123_456_789, 'en')).toBe('RUB 1,234,567.89');
  });

  it('writes the decimal string providers expect, and refuses non-kopecks', () => {
    expect(kopecksToDecimal(150_000)).toBe('1500.00');
    expect(kopecksToDecimal(0)).toBe('0.00');
    expect(() => kopecksToDecimal(1.5)).toThrow(/kopecks/);
    expect(() => kopecksToDecimal(-1)).toThrow(/kopecks/);
    expect(() => formatKopecks(Number.NaN, 'ru')).toThrow(/kopecks/);
  });

  it('isKopecks accepts only safe integers at or above the minimum', () => {
    expect(isKopecks(1)).toBe(true);
    expect(isKopecks(0)).toBe(false);
    expect(isKopecks(0, 0)).toBe(true);
    expect(isKopecks(1.5)).toBe(false);
    expect(isKopecks(2 ** 53)).toBe(false);
    expect(isKopecks('100')).toBe(false);
  });

  test.prop([fc.maxSafeNat()])(
    'the English form, stripped of grouping, is the exact decimal',
    (k) => {
      expect(formatKopecks(k, 'en').slice(4).replace(/,/g, '')).toBe(kopecksToDecimal(k));
    },
  );
});
