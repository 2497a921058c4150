import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatSnils } from './format-snils.js';
import { isSnils } from './is-snils.js';
import { parseSnils, type Snils } from './parse-snils.js';
import { snilsSchema } from './snils-schema.js';

// Independent reference of the control number (validators.md §1.1).
function control(body: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  if (sum < 100) return sum;
  if (sum === 100 || sum === 101) return 0;
  const r = sum % 101;
  return r === 100 ? 0 : r;
}
const pad2 = (n: number): string => String(n).padStart(2, '0');
const EXEMPT = 1_001_998;
const checkedBody = fc
  .integer({ min: EXEMPT + 1, max: 999_999_999 })
  .map((n) => String(n).padStart(9, '0'));
const validSnils = checkedBody.map((body) => body + pad2(control(body)));
const digitChange = fc
  .tuple(validSnils, fc.nat(10), fc.integer({ min: 1, max: 9 }))
  .map(([s, i, delta]) => {
    const changed = s.slice(0, i) + String((Number(s[i]) + delta) % 10) + s.slice(i + 1);
    return { original: s, changed, position: i };
  });

describe('parseSnils: vectors of validators.md §1.1', () => {
  it.each([
    ['112-233-445 95', '11223344595'],
    ['112-855-899 74', '11285589974'],
    ['001-326-679 00', '00132667900'],
    ['001-508-816 00', '00150881600'],
    ['017-996-174 00', '01799617400'],
    ['006-996-683 00', '00699668300'],
    ['087-654-303 00', '08765430300'],
  ])('DOC-5: %s is valid', (input, compact) => {
    expect(parseSnils(input)).toEqual({ success: true, data: compact });
  });

  it('DOC-5: 112-233-445 96 is rejected with the expected control 95', () => {
    expect(parseSnils('112-233-445 96')).toEqual({
      success: false,
      issues: [
        { code: 'snils.checksum', path: ['snils'], params: { expected: '95', actual: '96' } },
      ],
    });
  });

  it('DOC-5: bodies up to 001-001-998 are exempt from the check, 001-001-999 is the first checked', () => {
    expect(parseSnils('001-001-998 00').success).toBe(true);
    expect(parseSnils('001-001-998 37').success).toBe(true);
    expect(parseSnils('000-000-001 99').success).toBe(true);
    expect(parseSnils('001-001-999 00')).toEqual({
      success: false,
      issues: [
        { code: 'snils.checksum', path: ['snils'], params: { expected: '65', actual: '00' } },
      ],
    });
    expect(parseSnils('001-001-999 65').success).toBe(true);
  });

  it('DOC-5: 111-111-111 45 passes the checksum with a repeated-digit warning only', () => {
    expect(parseSnils('111-111-111 45')).toEqual({
      success: true,
      data: '11111111145',
      warnings: [{ code: 'snils.repeated_digits', path: ['snils'], params: { digit: '1' } }],
    });
  });

  it('DOC-5: an all-zero SNILS is rejected although it lies in the exempt range', () => {
    expect(parseSnils('000-000-000 00')).toMatchObject({
      success: false,
      issues: [{ code: 'snils.all_zero' }],
    });
  });
});

describe('parseSnils: input hygiene (DOC-4, DOC-5)', () => {
  it.each([
    ['plain digits', '11223344595'],
    ['official form', '112-233-445 95'],
    ['all hyphens', '112-233-445-95'],
    ['spaces', ' 112 233 445 95 '],
    ['no-break and thin spaces', '112\u00a0233\u2009445\u202f95'],
    ['zero-width characters', '112\u200b233\u200d445\ufeff95'],
    ['en dash and minus sign', '112–233−445 95'],
    ['full-width digits', '１１２－２３３－４４５　９５'],
    ['dots', '112.233.445.95'],
    ['tab and line break', '112\t233\n445 95'],
  ])('DOC-5: %s are accepted', (_name, input) => {
    expect(parseSnils(input)).toEqual({ success: true, data: '11223344595' });
  });

  it('DOC-5: the leading zero of 087-654-303 00 is kept; as a JS number it is refused, never guessed', () => {
    expect(parseSnils('08765430300')).toEqual({ success: true, data: '08765430300' });
    expect(parseSnils(8765430300)).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['snils'] }],
    });
    expect(parseSnils(11223344595n)).toMatchObject({
      success: false,
      issues: [{ code: 'input.not_a_string' }],
    });
  });

  it('DOC-11: each failure names the field and the reason', () => {
    expect(parseSnils('')).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['snils'] }],
    });
    expect(parseSnils('  \u00a0')).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['snils'] }],
    });
    expect(parseSnils(undefined)).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['snils'] }],
    });
    expect(parseSnils({})).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['snils'] }],
    });
    expect(parseSnils('112-233-445 9')).toEqual({
      success: false,
      issues: [{ code: 'snils.length', path: ['snils'], params: { length: 10, expected: 11 } }],
    });
    expect(parseSnils('112-233-44S 95')).toEqual({
      success: false,
      issues: [{ code: 'snils.format', path: ['snils'] }],
    });
    expect(parseSnils('112-233-445 96', { path: ['applicant', 'snils'] })).toMatchObject({
      issues: [{ code: 'snils.checksum', path: ['applicant', 'snils'] }],
    });
  });
});

describe('parseSnils: properties', () => {
  test.prop([validSnils])(
    'DOC-5: every generated valid SNILS passes and formats to XXX-XXX-XXX YY',
    (s) => {
      const r = parseSnils(s);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(r.data).toBe(s);
      const shown = formatSnils(r.data);
      expect(shown).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);
      expect(parseSnils(shown)).toMatchObject({ success: true, data: s });
    },
  );

  test.prop([digitChange])(
    'DOC-5: a changed control digit is always rejected',
    ({ changed, position }) => {
      fc.pre(position >= 9);
      expect(parseSnils(changed)).toMatchObject({
        success: false,
        issues: [{ code: 'snils.checksum' }],
      });
    },
  );

  test.prop([digitChange])(
    'DOC-5: a changed body digit is rejected whenever the control is not 00',
    ({ original, changed, position }) => {
      fc.pre(position < 9 && original.slice(9) !== '00' && Number(changed.slice(0, 9)) > EXEMPT);
      expect(parseSnils(changed).success).toBe(false);
    },
  );

  test.prop([validSnils, fc.nat(7)])(
    'DOC-5: swapping two different adjacent body digits is rejected when the control is not 00',
    (s, i) => {
      fc.pre(s[i] !== s[i + 1] && s.slice(9) !== '00');
      const swapped = s.slice(0, i) + s[i + 1]! + s[i]! + s.slice(i + 2);
      fc.pre(Number(swapped.slice(0, 9)) > EXEMPT);
      expect(parseSnils(swapped).success).toBe(false);
    },
  );

  test.prop([fc.string({ unit: 'binary', maxLength: 20 })])(
    'accepts exactly the strings whose 11 digits carry the right control',
    (s) => {
      const r = parseSnils(s);
      if (r.success) {
        expect(r.data).toMatch(/^\d{11}$/);
        const body = r.data.slice(0, 9);
        if (Number(body) > EXEMPT) expect(Number(r.data.slice(9))).toBe(control(body));
      }
    },
  );

  test.prop([fc.anything()])('never throws, whatever the input', (input) => {
    const r = parseSnils(input);
    expect(typeof r.success).toBe('boolean');
    expect(isSnils(input)).toBe(r.success);
  });
});

describe('isSnils: the verdict of parseSnils without building a result', () => {
  // Mostly the plain ASCII separators isSnils reads in place; sometimes the ones it hands to parseSnils.
  const separator = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('', '', '', ' ', '-', '.') },
    { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u2013', '\u200b', '\t', 'x') },
  );
  const digitOrFullWidth = (c: string) =>
    fc.constantFrom(c, String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  // Valid and corrupted numbers, written with any mix of separators, full-width digits and stray characters.
  const written = fc
    .tuple(
      fc.oneof(
        validSnils,
        digitChange.map((x) => x.changed),
        fc.stringMatching(/^\d{9,12}$/),
      ),
      fc.array(separator, { minLength: 12, maxLength: 12 }),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    )
    .chain(([digits, seps, wide]) =>
      (wide ? fc.tuple(...[...digits].map(digitOrFullWidth)) : fc.constant([...digits])).map(
        (chars) => seps[0]! + chars.map((c, i) => c + (seps[i + 1] ?? '')).join(''),
      ),
    );

  test.prop([written])('DOC-5: agrees with parseSnils on numbers written in every way', (text) => {
    expect(isSnils(text)).toBe(parseSnils(text).success);
  });

  it('DOC-5: the exempt range, the all-zero number and JS numbers', () => {
    expect(isSnils('001-001-998 37')).toBe(true);
    expect(isSnils('001-001-999 00')).toBe(false);
    expect(isSnils('000 000 000 00')).toBe(false);
    expect(isSnils('112.233.445.95')).toBe(true);
    expect(isSnils('112 233 445 9')).toBe(false);
    expect(isSnils(11223344595)).toBe(false);
    expect(isSnils('')).toBe(false);
    // ':' read as a digit would be 10: '8:' would pass for the control 90 of 100-007-998.
    expect(isSnils('100-007-998 90')).toBe(true);
    expect(isSnils('100-007-998 8:')).toBe(false);
    expect(isSnils('1000079988:')).toBe(false);
    // Characters just past '9' and just before '0', in every position of both fixed forms.
    for (const bad of [':', '/', '?', 'a']) {
      for (let k = 0; k < 11; k++) {
        const compact = '11223344595'.slice(0, k) + bad + '11223344595'.slice(k + 1);
        expect(isSnils(compact), compact).toBe(false);
        const printed = `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6, 9)} ${compact.slice(9)}`;
        expect(isSnils(printed), printed).toBe(false);
      }
    }
  });
});

describe('snilsSchema', () => {
  it('DOC-5: outputs the compact SNILS and reports our code in zod params', () => {
    expect(snilsSchema.safeParse('112-233-445 95')).toEqual({
      success: true,
      data: '11223344595' as Snils,
    });
    const bad = snilsSchema.safeParse('112-233-445 96');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      code: 'custom',
      path: [],
      params: { code: 'snils.checksum', expected: '95', actual: '96' },
    });
  });

  it('DOC-11: inside an object the zod path names the field; a JS number is input.not_a_string', async () => {
    const { z } = await import('zod');
    const form = z.object({ snils: snilsSchema });
    const r = form.safeParse({ snils: 11223344595 });
    expect(r.error?.issues[0]).toMatchObject({
      path: ['snils'],
      params: { code: 'input.not_a_string' },
    });
  });
});
