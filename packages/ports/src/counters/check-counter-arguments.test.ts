import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalidArgument } from '../_lib/expect-invalid-argument.js';
import { checkCounterKey } from './check-counter-key.js';
import { checkIncrementOptions } from './check-increment-options.js';
import { checkRaiseToArguments } from './check-raise-to-arguments.js';
import type { IncrementOptions } from './counter-store.js';

const ttl = fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const badTtl = fc.oneof(
  fc.double({ max: 0, noNaN: true }),
  fc.constantFrom(
    0,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    undefined,
    null,
    '1000',
    1000n,
  ),
);
const notFinite = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, '1', 1n),
  fc.string(),
);
const options: fc.Arbitrary<IncrementOptions> = fc.record(
  { ttlMs: ttl, by: finite, window: fc.constantFrom('fixed' as const, 'sliding' as const) },
  { requiredKeys: ['ttlMs'] },
);

describe('checkCounterKey', () => {
  it('accepts every string (the empty one too) and refuses everything else', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(checkCounterKey(key)).toBe(key);
      }),
    );
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (key) => expectInvalidArgument(() => checkCounterKey(key as string)),
      ),
    );
  });
});

describe('checkIncrementOptions', () => {
  it('accepts a positive finite ttl, a finite step and either window, filling in by = 1 and window = fixed', () => {
    fc.assert(
      fc.property(options, (given) => {
        expect(checkIncrementOptions(given)).toEqual({
          ttlMs: given.ttlMs,
          by: given.by ?? 1,
          window: given.window ?? 'fixed',
        });
      }),
    );
  });

  it('refuses a ttl that is not a positive finite number, whatever the other fields', () => {
    fc.assert(
      fc.property(options, badTtl, (given, ttlMs) =>
        expectInvalidArgument(() =>
          checkIncrementOptions({ ...given, ttlMs } as unknown as IncrementOptions),
        ),
      ),
    );
  });

  it('refuses a step that is not a finite number', () => {
    // `null` and `undefined` mean "the default" (`?? 1`), as they always did in every adapter.
    fc.assert(
      fc.property(
        options,
        notFinite.filter((v) => v !== null),
        (given, by) =>
          expectInvalidArgument(() =>
            checkIncrementOptions({ ...given, by } as unknown as IncrementOptions),
          ),
      ),
    );
  });

  it('refuses a window other than fixed or sliding', () => {
    // Primitives: the message's details hold `String(window)`, as they always did.
    const window = fc
      .oneof(fc.string(), fc.double(), fc.boolean(), fc.constantFrom('Fixed', 'SLIDING', ' fixed'))
      .filter((w) => w !== 'fixed' && w !== 'sliding');
    fc.assert(
      fc.property(options, window, (given, w) =>
        expectInvalidArgument(() =>
          checkIncrementOptions({ ...given, window: w } as unknown as IncrementOptions),
        ),
      ),
    );
  });

  it('refuses missing options as misuse, not a TypeError', () => {
    expectInvalidArgument(() => checkIncrementOptions(undefined as unknown as IncrementOptions));
    expectInvalidArgument(() => checkIncrementOptions(null as unknown as IncrementOptions));
  });
});

describe('checkRaiseToArguments', () => {
  it('accepts a finite value with a positive finite ttl', () => {
    fc.assert(
      fc.property(finite, ttl, (value, ttlMs) => {
        expect(checkRaiseToArguments(value, ttlMs)).toBeUndefined();
      }),
    );
  });

  it('refuses a bad ttl or a value that is not finite', () => {
    fc.assert(
      fc.property(finite, badTtl, (value, ttlMs) =>
        expectInvalidArgument(() => checkRaiseToArguments(value, ttlMs as number)),
      ),
    );
    fc.assert(
      fc.property(notFinite, ttl, (value, ttlMs) =>
        expectInvalidArgument(() => checkRaiseToArguments(value as number, ttlMs)),
      ),
    );
  });
});
