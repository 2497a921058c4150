import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeUinCheckDigit } from './compute-uin-check-digit.js';
import { isUin } from './is-uin.js';
import { parseUin } from './parse-uin.js';
import { uinSchema } from './uin-schema.js';

const codes = (r: { success: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);
const firstPass = (body: string): number =>
  [...body].reduce((s, d, i) => s + Number(d) * ((i % 10) + 1), 0) % 11;

describe('УИН (reference §1.7 vectors)', () => {
  it('accepts the verified vectors, including both fallback passes and the 25-digit form', () => {
    expect(parseUin('32117072411021588933')).toEqual({
      success: true,
      data: '32117072411021588933',
    });
    expect(isUin('18810000000000000015')).toBe(true); // pass 1 gives 10, pass 2 gives 5
    expect(isUin('18810000000000000940')).toBe(true); // both passes give 10 → 0
    expect(isUin('1881000000000000000000001')).toBe(true);
    expect(computeUinCheckDigit('3211707241102158893')).toBe(3);
    expect(computeUinCheckDigit('1881000000000000001')).toBe(5);
    expect(computeUinCheckDigit('1881000000000000094')).toBe(0);
  });

  it('rejects a wrong check digit with the expected and actual digits', () => {
    expect(parseUin('32117072411021588934')).toEqual({
      success: false,
      issues: [{ code: 'uin.checksum', path: ['uin'], params: { expected: 3, actual: 4 } }],
    });
  });

  it('normalizes separators, hidden spaces and full-width digits', () => {
    expect(parseUin('3211 7072-4110\u00A02158\u200B8933')).toEqual({
      success: true,
      data: '32117072411021588933',
    });
    expect(parseUin('３２１１７０７２４１１０２１５８８９３３')).toEqual({
      success: true,
      data: '32117072411021588933',
    });
  });

  it('rejects wrong lengths, letters in the 25-digit form, all zeros, numbers and empty input', () => {
    expect(codes(parseUin('3211707241102158893'))).toEqual(['uin.length']);
    expect(parseUin('0')).toEqual({
      success: false,
      issues: [{ code: 'uin.length', path: ['uin'], params: { length: 1 } }],
    });
    expect(codes(parseUin('188100000000000000000000A'))).toEqual(['uin.characters']);
    expect(codes(parseUin('3211707241102158893_'))).toEqual(['uin.characters']);
    expect(codes(parseUin('00000000000000000000'))).toEqual(['uin.all_zero']);
    expect(codes(parseUin(32117072411021588933))).toEqual(['input.not_a_string']);
    expect(codes(parseUin('  '))).toEqual(['input.required']);
    expect(codes(parseUin({}))).toEqual(['input.wrong_format']);
  });

  it('a 20-character УИН with letters passes with a warning: how letters count in the check is undocumented', () => {
    const r = parseUin('0355431010121122000k');
    expect(r).toEqual({
      success: true,
      data: '0355431010121122000K',
      warnings: [{ code: 'uin.check_digit_unverified', path: ['uin'] }],
    });
  });

  it('the zod schema gives the same verdict with our code in params', () => {
    expect(uinSchema.safeParse('32117072411021588933')).toEqual({
      success: true,
      data: '32117072411021588933',
    });
    const bad = uinSchema.safeParse('32117072411021588934');
    expect(bad.success).toBe(false);
    expect((bad.error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({
      expected: 3,
      actual: 4,
      code: 'uin.checksum',
    });
  });

  const body = (length: number) =>
    fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
      .map((d) => d.join(''));
  const anyBody = fc.oneof(body(19), body(24)).filter((b) => !/^0+$/.test(b));

  test.prop([anyBody])(
    'a generated УИН (body + computed check digit) always parses back to itself',
    (b) => {
      const uin = `${b}${computeUinCheckDigit(b)}`;
      expect(parseUin(uin)).toEqual({ success: true, data: uin });
    },
  );

  test.prop([anyBody, fc.nat(), fc.integer({ min: 1, max: 9 })])(
    'a single-digit change is caught whenever neither body needs the fallback pass; a changed check digit always is',
    (b, at, delta) => {
      const uin = `${b}${computeUinCheckDigit(b)}`;
      const i = at % uin.length;
      const corrupted = `${uin.slice(0, i)}${(Number(uin[i]) + delta) % 10}${uin.slice(i + 1)}`;
      if (/^0+$/.test(corrupted)) return;
      const isCheckDigit = i === uin.length - 1;
      const fallback = firstPass(b) === 10 || firstPass(corrupted.slice(0, -1)) === 10;
      if (isCheckDigit || !fallback) expect(isUin(corrupted)).toBe(false);
    },
  );

  it('the only single-digit changes the check misses involve the fallback pass (a known weakness of the algorithm)', () => {
    let escaped = 0;
    let escapedWithoutFallback = 0;
    for (let n = 0; n < 600; n++) {
      const b = String(1_000_000_000_000_000_000n + BigInt(n) * 7_919_000_000_017n).slice(0, 19);
      const uin = `${b}${computeUinCheckDigit(b)}`;
      for (let i = 0; i < 19; i++) {
        for (let d = 1; d <= 9; d++) {
          const c = `${uin.slice(0, i)}${(Number(uin[i]) + d) % 10}${uin.slice(i + 1)}`;
          if (isUin(c)) {
            escaped++;
            if (firstPass(b) !== 10 && firstPass(c.slice(0, -1)) !== 10) escapedWithoutFallback++;
          }
        }
      }
    }
    expect(escapedWithoutFallback).toBe(0);
    expect(escaped).toBeGreaterThan(0);
  });

  test.prop([fc.string({ maxLength: 40 })])('never throws on arbitrary strings (S-17)', (s) => {
    expect(typeof parseUin(s).success).toBe('boolean');
  });
});
