import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { innSchema, individualInnSchema } from './inn-schema.js';
import { isInn } from './is-inn.js';
import { parseInn } from './parse-inn.js';

// Independent reference (validators.md §1.2): residue = Σ wᵢ·dᵢ mod 11, check = residue mod 10.
const residue = (digits: string, weights: number[]): number =>
  weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const digitsOf = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const legal = digitsOf(9)
  .filter((b) => !/^0+$/.test(b))
  .map((b) => b + String(residue(b, W10) % 10));
const individual = digitsOf(10)
  .filter((b) => !/^0+$/.test(b))
  .map((b) => {
    const d11 = b + String(residue(b, W11) % 10);
    return d11 + String(residue(d11, W12) % 10);
  });
const anyInn = fc.oneof(legal, individual);
// Detection is guaranteed when the residue is neither 0 nor 10 (both give check digit 0).
const guarded = (inn: string): boolean =>
  inn.length === 10
    ? ![0, 10].includes(residue(inn, W10))
    : ![0, 10].includes(residue(inn, W11)) && ![0, 10].includes(residue(inn, W12));

describe('parseInn: vectors of validators.md §1.2', () => {
  it.each(['7707083893', '500100732259', '0274062111', '020812345690'])(
    'DOC-6: %s is valid',
    (inn) => {
      expect(parseInn(inn)).toEqual({ success: true, data: inn });
    },
  );

  it('DOC-6: 7707083894 is rejected at position 10 (expected 3)', () => {
    expect(parseInn('7707083894')).toEqual({
      success: false,
      issues: [
        { code: 'inn.checksum', path: ['inn'], params: { position: 10, expected: 3, actual: 4 } },
      ],
    });
  });

  it('DOC-6: 500100732258 is rejected at position 12 (expected 9)', () => {
    expect(parseInn('500100732258')).toEqual({
      success: false,
      issues: [
        { code: 'inn.checksum', path: ['inn'], params: { position: 12, expected: 9, actual: 8 } },
      ],
    });
  });

  it('DOC-6: a wrong 11th digit is reported at position 11', () => {
    expect(parseInn('500100732269')).toMatchObject({
      issues: [{ code: 'inn.checksum', params: { position: 11, expected: 5, actual: 6 } }],
    });
  });

  it('DOC-6: all-zero INNs pass the arithmetic but are rejected', () => {
    expect(parseInn('0000000000')).toEqual({
      success: false,
      issues: [{ code: 'inn.all_zero', path: ['inn'] }],
    });
    expect(parseInn('000000000000')).toEqual({
      success: false,
      issues: [{ code: 'inn.all_zero', path: ['inn'] }],
    });
  });

  it('DOC-6: region 00 that is not all zeros is a warning only', () => {
    // 00 + digits with a correct control
    const body = '001234567';
    const inn = body + String(residue(body, W10) % 10);
    expect(parseInn(inn)).toEqual({
      success: true,
      data: inn,
      warnings: [{ code: 'inn.region', path: ['inn'], params: { region: '00' } }],
    });
  });
});

describe('parseInn: input hygiene and kinds', () => {
  it.each([
    ['spaces', '5001 0073 2259'],
    ['no-break space', '5001\u00a000732259'],
    ['zero-width joiner', '500100\u200d732259'],
    ['full-width digits', '５００１００７３２２５９'],
    ['hyphens and dashes', '5001-0073–2259'],
  ])('DOC-6: %s are accepted', (_name, input) => {
    expect(parseInn(input)).toEqual({ success: true, data: '500100732259' });
  });

  it('DOC-6: 0274062111 keeps its leading zero; the JS number 274062111 is refused as not a string', () => {
    expect(parseInn('0274062111').success).toBe(true);
    expect(parseInn(274062111)).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['inn'] }],
    });
    expect(isInn(7707083893)).toBe(false);
  });

  it('DOC-6: the kind option demands 12 digits for a person, 10 for an organisation', () => {
    expect(parseInn('7707083893', { kind: 'individual' })).toEqual({
      success: false,
      issues: [{ code: 'inn.kind', path: ['inn'], params: { expected: 12, length: 10 } }],
    });
    expect(parseInn('500100732259', { kind: 'legal' })).toMatchObject({
      issues: [{ code: 'inn.kind', params: { expected: 10 } }],
    });
    expect(isInn('500100732259', { kind: 'individual' })).toBe(true);
  });

  it('DOC-11: length and format failures name the field', () => {
    expect(parseInn('77070838931')).toEqual({
      success: false,
      issues: [{ code: 'inn.length', path: ['inn'], params: { length: 11 } }],
    });
    expect(parseInn('77O7083893')).toEqual({
      success: false,
      issues: [{ code: 'inn.format', path: ['inn'] }],
    });
    expect(parseInn(null)).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['inn'] }],
    });
    expect(parseInn('7707083894', { path: ['employer', 'inn'] })).toMatchObject({
      issues: [{ path: ['employer', 'inn'] }],
    });
  });
});

describe('parseInn: properties', () => {
  test.prop([anyInn])(
    'DOC-6: every generated valid INN passes and survives being written with separators',
    (inn) => {
      expect(parseInn(inn)).toMatchObject({ success: true, data: inn });
      const spaced = inn.replace(/(\d{4})(?=\d)/g, '$1 ');
      expect(parseInn(spaced)).toMatchObject({ success: true, data: inn });
    },
  );

  test.prop([anyInn, fc.nat(11), fc.integer({ min: 1, max: 9 })])(
    'DOC-6: a single changed digit is rejected whenever the residue is not 0 or 10',
    (inn, at, delta) => {
      const i = at % inn.length;
      const changed = inn.slice(0, i) + String((Number(inn[i]) + delta) % 10) + inn.slice(i + 1);
      fc.pre(guarded(inn) && !/^0+$/.test(changed));
      expect(parseInn(changed).success).toBe(false);
    },
  );

  test.prop([anyInn, fc.nat(10)])(
    'DOC-6: swapping two different adjacent digits is rejected whenever the residue is not 0 or 10',
    (inn, at) => {
      const i = at % (inn.length - 1);
      // A swap of the last weighted digit with the check digit it produces is not guaranteed
      // to be caught by a mod-11 scheme (e.g. …0|6 → …6|0 can pass); every other swap is.
      fc.pre(i !== (inn.length === 10 ? 8 : 9));
      fc.pre(guarded(inn) && inn[i] !== inn[i + 1]);
      const swapped = inn.slice(0, i) + inn[i + 1]! + inn[i]! + inn.slice(i + 2);
      expect(parseInn(swapped).success).toBe(false);
    },
  );

  test.prop([fc.anything()])('never throws, whatever the input', (input) => {
    expect(typeof parseInn(input).success).toBe('boolean');
    expect(typeof parseInn(input, { kind: 'individual' }).success).toBe('boolean');
  });
});

describe('innSchema', () => {
  it('DOC-6: reports our code in zod params', () => {
    expect(innSchema.safeParse('7707083893')).toEqual({ success: true, data: '7707083893' });
    expect(innSchema.safeParse('0000000000').error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { code: 'inn.all_zero' },
    });
    expect(individualInnSchema.safeParse('7707083893').error?.issues[0]).toMatchObject({
      params: { code: 'inn.kind', expected: 12 },
    });
  });
});
