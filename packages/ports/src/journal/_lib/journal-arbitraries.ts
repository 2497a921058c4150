// Test helper of the journal checkers' property tests (not exported from the package).
import fc from 'fast-check';
import { expect } from 'vitest';
import { expectInvalidArgument } from '../../_lib/expect-invalid-argument.js';

/** 64 lower-case hex characters. */
export const hex64 = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64,
});
/** A string without NUL. */
export const text = fc.string().filter((s) => !s.includes('\u0000'));
/** A string with a NUL in it. */
export const withNul = fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}\u0000${b}`);
/** A well-formed party. */
export const party = fc.record({ type: text, id: text });
/** A value that is no party, or one with a NUL or a non-string field. */
export const badParty = fc.oneof(
  fc.constantFrom(null, undefined, 'acc_1', 1),
  fc.record({ type: withNul, id: text }),
  fc.record({ type: text, id: fc.oneof(withNul, fc.integer()) }),
);
/** A value that is not a non-negative safe integer. */
export const badSafeNat = fc.oneof(
  fc.integer({ max: -1 }),
  fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null, 1n),
);
/** A value that is not 64 lower-case hex characters (nor `null`, a valid commitment). */
export const badHex = fc.oneof(
  fc.string({ maxLength: 70 }).filter((s) => !/^[0-9a-f]{64}$/.test(s)),
  fc.constantFrom('AB'.repeat(32), undefined, 1),
);

/** One field of an entry, valid or not, with which check it belongs to. */
export const field = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof(
    good.map((value) => ({ value, ok: true })),
    bad.map((value) => ({ value, ok: false })),
  );

/** A generated field: its value and whether the checker should accept it. */
export interface Field {
  readonly value: unknown;
  readonly ok: boolean;
}

/**
 * Builds the record of `fields`' values and checks it: accepted and returned as is when every
 * one of `messages` is `false`, else refused with `ERR_INVALID_ARGUMENT` and a message
 * containing the first of `messages` that is not `false`.
 */
export function expectFirstRefusal<T>(
  check: (value: T) => T,
  fields: Readonly<Record<string, Field>>,
  messages: readonly (string | false)[],
): void {
  const value = Object.fromEntries(
    Object.entries(fields).map(([k, { value }]) => [k, value]),
  ) as unknown as T;
  const failing = messages.find((m) => m !== false);
  if (failing === undefined) {
    expect(check(value)).toBe(value);
    return;
  }
  expectInvalidArgument(() => check(value));
  expect(() => check(value)).toThrow(failing);
}
