import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInvalidArgument } from '../_lib/expect-invalid-argument.js';
import { checkExpectedVersion } from './check-expected-version.js';
import { checkPageRequest } from './check-page-request.js';
import { checkStoreRecord } from './check-store-record.js';
import { checkWriteOptions } from './check-write-options.js';
import type { PageRequest, StoreRecord } from './versioned-store.js';

const id = fc.string({ minLength: 1 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const record: fc.Arbitrary<StoreRecord & { level: string }> = fc.record(
  { id, expiresAt: finite, level: fc.string() },
  { requiredKeys: ['id', 'level'] },
);
const notFinite = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, '1', 1n),
  fc.string(),
);

describe('checkStoreRecord', () => {
  it('accepts a record with a non-empty string id and no or a finite expiry', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(checkStoreRecord(r, 'account')).toBe(r);
      }),
    );
  });

  it('refuses a missing, empty or non-string id, and a record that is not an object', () => {
    const badId = fc.anything().filter((v) => typeof v !== 'string' || v === '');
    fc.assert(
      fc.property(record, badId, (r, bad) =>
        expectInvalidArgument(() =>
          checkStoreRecord({ ...r, id: bad } as unknown as StoreRecord, 'account'),
        ),
      ),
    );
    for (const bad of [undefined, null, 'acc_1', 42])
      expectInvalidArgument(() => checkStoreRecord(bad as unknown as StoreRecord, 'account'));
  });

  it('refuses an expiry that is not a finite number', () => {
    fc.assert(
      fc.property(record, notFinite, (r, expiresAt) =>
        expectInvalidArgument(() =>
          checkStoreRecord({ ...r, expiresAt } as unknown as StoreRecord, 'account'),
        ),
      ),
    );
  });
});

describe('checkExpectedVersion', () => {
  it('accepts every integer and refuses everything else', () => {
    fc.assert(
      fc.property(fc.integer(), (v) => {
        expect(checkExpectedVersion(v, 'account')).toBe(v);
      }),
    );
    const notInteger = fc.oneof(
      fc.double().filter((v) => !Number.isInteger(v)),
      fc.anything().filter((v) => typeof v !== 'number'),
    );
    fc.assert(
      fc.property(notInteger, (v) =>
        expectInvalidArgument(() => checkExpectedVersion(v as number, 'account')),
      ),
    );
  });
});

describe('checkWriteOptions', () => {
  it('returns the distinct keys in first-seen order, or undefined without the option', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'phone:1')), (keys) => {
        expect(checkWriteOptions({ uniqueKeys: keys }, 'account')).toEqual([...new Set(keys)]);
      }),
    );
    expect(checkWriteOptions(undefined, 'account')).toBeUndefined();
    expect(checkWriteOptions({}, 'account')).toBeUndefined();
  });

  it('refuses a key that is not a string, wherever it stands', () => {
    const notString = fc.anything().filter((v) => typeof v !== 'string');
    fc.assert(
      fc.property(fc.array(fc.string()), notString, fc.nat(), (keys, bad, at) => {
        const uniqueKeys = [...keys];
        uniqueKeys.splice(at % (keys.length + 1), 0, bad as string);
        expectInvalidArgument(() => checkWriteOptions({ uniqueKeys }, 'account'));
      }),
    );
  });
});

describe('checkPageRequest', () => {
  it('accepts a positive integer limit with no or a string cursor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1 }),
        fc.option(fc.string(), { nil: undefined }),
        (limit, after) => {
          const request: PageRequest = after === undefined ? { limit } : { limit, after };
          expect(checkPageRequest(request, 'account')).toBe(request);
        },
      ),
    );
  });

  it('refuses a limit that is not a positive integer, and a cursor that is not a string', () => {
    const badLimit = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double().filter((v) => !Number.isInteger(v)),
      fc.constantFrom(undefined, null, '10'),
    );
    fc.assert(
      fc.property(badLimit, (limit) =>
        expectInvalidArgument(() =>
          checkPageRequest({ limit } as unknown as PageRequest, 'account'),
        ),
      ),
    );
    const badCursor = fc.anything().filter((v) => v !== undefined && typeof v !== 'string');
    fc.assert(
      fc.property(badCursor, (after) =>
        expectInvalidArgument(() =>
          checkPageRequest({ limit: 10, after } as unknown as PageRequest, 'account'),
        ),
      ),
    );
  });
});
