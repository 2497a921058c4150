import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import canonicalize from 'canonicalize';
import { canonicalizeJson } from './canonicalize-json.js';

// JSON values whose strings are well formed (RFC 8785 rejects lone surrogates).
const jsonValue = fc.jsonValue({ maxDepth: 4 });

function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rotated = entries.map((_, i) => entries[(i + seed) % entries.length]!).reverse();
  return Object.fromEntries(rotated.map(([k, v]) => [k, shuffleKeys(v, seed + 1)]));
}

describe('canonicalizeJson', () => {
  test.prop([jsonValue])(
    'equals the independent RFC 8785 implementation (canonicalize 4)',
    (value) => {
      expect(canonicalizeJson(value)).toBe(canonicalize(value));
    },
  );

  test.prop([jsonValue])('is a fixed point: JCS(JSON.parse(JCS(x))) === JCS(x)', (value) => {
    const once = canonicalizeJson(value);
    expect(canonicalizeJson(JSON.parse(once))).toBe(once);
  });

  test.prop([jsonValue, fc.nat(10)])('does not depend on key order', (value, seed) => {
    expect(canonicalizeJson(shuffleKeys(value, seed))).toBe(canonicalizeJson(value));
  });

  it('matches RFC 8785 on numbers, escapes, key order by UTF-16 code units and dropped members', () => {
    expect(canonicalizeJson({ b: -0, a: 1e21, c: 0.000001, d: 1e-7, e: 333333333.33333329 })).toBe(
      '{"a":1e+21,"b":0,"c":0.000001,"d":1e-7,"e":333333333.3333333}',
    );
    expect(canonicalizeJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '\ufb33': 4, '1': 5 })).toBe(
      '{"\\r":2,"1":5,"\u20ac":1,"\ud83d\ude00":3,"\ufb33":4}',
    );
    expect(canonicalizeJson({ s: 'line\n"q"\\ \u0001 é' })).toBe(
      '{"s":"line\\n\\"q\\"\\\\ \\u0001 é"}',
    );
    expect(canonicalizeJson({ a: undefined, b: [undefined, () => 1] })).toBe('{"b":[null,null]}');
    expect(canonicalizeJson(new Date(Date.UTC(2026, 0, 1)))).toBe('"2026-01-01T00:00:00.000Z"');
  });

  it('throws ERR_INVALID_ARGUMENT on BigInt, NaN, Infinity, lone surrogates, cycles and undefined', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const bad of [
      1n,
      Number.NaN,
      Infinity,
      -Infinity,
      'x\ud800',
      { ['\udc00']: 1 },
      cyclic,
      undefined,
      [1, { a: NaN }],
    ]) {
      expect(() => canonicalizeJson(bad)).toThrowError(
        expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
      );
    }
  });
});
