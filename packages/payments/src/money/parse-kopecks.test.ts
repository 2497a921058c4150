import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { kopecksToDecimal } from './kopecks-to-decimal.js';
import { parseKopecks } from './parse-kopecks.js';

const codes = (r: ReturnType<typeof parseKopecks>): string[] =>
  r.success ? [] : r.issues.map((i) => i.code);

describe('parseKopecks: provider decimal strings to integer kopecks, exactly', () => {
  it('parses roubles with 0, 1 or 2 fraction digits', () => {
    expect(parseKopecks('1500.00')).toEqual({ success: true, data: 150_000 });
    expect(parseKopecks('1500')).toEqual({ success: true, data: 150_000 });
    expect(parseKopecks('0.1')).toEqual({ success: true, data: 10 });
    expect(parseKopecks('0.07')).toEqual({ success: true, data: 7 });
    expect(parseKopecks('0')).toEqual({ success: true, data: 0 });
  });

  it('never rounds: amounts that floats get wrong come out exact', () => {
    // parseFloat('0.29') * 100 === 28.999999999999996; 1.005 has three fraction digits and is refused.
    expect(parseKopecks('0.29')).toEqual({ success: true, data: 29 });
    expect(parseKopecks('4.35')).toEqual({ success: true, data: 435 });
    expect(parseKopecks('90071992547409.91')).toEqual({
      success: true,
      data: Number.MAX_SAFE_INTEGER,
    });
    expect(codes(parseKopecks('90071992547409.92'))).toEqual(['money.too_large']);
    expect(codes(parseKopecks('1.005'))).toEqual(['money.too_many_fraction_digits']);
    expect(codes(parseKopecks('1.000'))).toEqual(['money.too_many_fraction_digits']);
  });

  it('rejects signs, exponents, spaces, commas, leading zeros, empty parts and non-strings', () => {
    for (const bad of [
      '-1.00',
      '+1',
      '1e3',
      ' 1.00',
      '1.00 ',
      '1,00',
      '01.00',
      '.5',
      '5.',
      '',
      'NaN',
      'Infinity',
      '1 000.00',
      '١٢',
    ]) {
      expect(codes(parseKopecks(bad)), bad).toEqual(['money.format']);
    }
    expect(codes(parseKopecks(15))).toEqual(['input.not_a_string']);
    expect(codes(parseKopecks(null))).toEqual(['money.format']);
    expect(codes(parseKopecks('0.00', { positive: true }))).toEqual(['money.not_positive']);
    expect(parseKopecks('x', { path: ['amount', 'value'] })).toEqual({
      success: false,
      issues: [{ code: 'money.format', path: ['amount', 'value'] }],
    });
  });

  test.prop([fc.maxSafeNat()])(
    'round-trips every safe number of kopecks through the decimal string',
    (kopecks) => {
      expect(parseKopecks(kopecksToDecimal(kopecks))).toEqual({ success: true, data: kopecks });
    },
  );

  test.prop([fc.string()])('never throws on arbitrary input (S-17)', (input) => {
    const r = parseKopecks(input);
    if (r.success) expect(Number.isSafeInteger(r.data)).toBe(true);
  });
});
