// Every code that belongs to one kind of failure has its subclass (jose's pattern): the subclass
// carries the code, and its isInstance matches that code alone, from any copy of the package.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { KABINET_ERROR_CODES, type KabinetErrorCode } from './kabinet-error-codes.js';
import { JournalTamperedError } from './journal-tampered-error.js';
import { ConflictError, KabinetError } from './kabinet-error.js';
import { LockedError } from './locked-error.js';
import { ProviderIdempotencyError } from './provider-idempotency-error.js';
import { ProviderUnavailableError } from './provider-unavailable-error.js';
import { SendError } from './send-error.js';
import { StoreFullError } from './store-full-error.js';
import { TooLargeError } from './too-large-error.js';
import { UnavailableError } from './unavailable-error.js';

const subclasses = {
  ERR_UNAVAILABLE: UnavailableError,
  ERR_JOURNAL_TAMPERED: JournalTamperedError,
  ERR_SEND: SendError,
  ERR_PROVIDER_UNAVAILABLE: ProviderUnavailableError,
  ERR_PROVIDER_IDEMPOTENCY: ProviderIdempotencyError,
  ERR_STORE_FULL: StoreFullError,
  ERR_TOO_LARGE: TooLargeError,
  ERR_LOCKED: LockedError,
} as const;
const GENERAL: readonly KabinetErrorCode[] = [
  'ERR_CONFIG',
  'ERR_CONFLICT',
  'ERR_NOT_FOUND',
  'ERR_INVALID_STATE',
  'ERR_INVALID_ARGUMENT',
  'ERR_STORE',
  'ERR_CRYPTO',
  'ERR_INTERNAL',
];

describe('KabinetError subclasses', () => {
  it('every code is general or has its subclass, and no subclass shares a code', () => {
    expect([...GENERAL, ...Object.keys(subclasses)].sort()).toEqual(
      [...KABINET_ERROR_CODES].sort(),
    );
    expect(new Set(Object.values(subclasses).map((c) => c.code)).size).toBe(
      Object.keys(subclasses).length,
    );
  });

  for (const [code, Subclass] of Object.entries(subclasses))
    describe(Subclass.name, () => {
      it(`carries ${code}, its name, the cause and details, and is a KabinetError`, () => {
        const cause = new Error('socket closed');
        const error = new Subclass('down', { cause, details: { retryAfterSeconds: 2 } });
        expect(Subclass.code).toBe(code);
        expect(error.code).toBe(code);
        expect(error.name).toBe(Subclass.name);
        expect(error.message).toBe('down');
        expect(error.cause).toBe(cause);
        expect(error.details).toStrictEqual({ retryAfterSeconds: 2 });
        expect(KabinetError.isInstance(error)).toBe(true);
        expect(ConflictError.isInstance(error)).toBe(false);
      });

      test.prop([fc.constantFrom(...KABINET_ERROR_CODES), fc.string()])(
        `isInstance matches ${code} alone, thrown as the subclass or as a plain KabinetError`,
        (other, message) => {
          expect(Subclass.isInstance(new KabinetError(other, message))).toBe(other === code);
          for (const Sibling of Object.values(subclasses))
            expect(Subclass.isInstance(new Sibling(message))).toBe(Sibling === Subclass);
        },
      );

      it('rejects a look-alike without the brand and a spread copy', () => {
        expect(Subclass.isInstance(Object.assign(new Error('x'), { code }))).toBe(false);
        expect(Subclass.isInstance({ ...new Subclass('x') })).toBe(false);
        expect(Subclass.isInstance({ [Symbol.for('kabinet.error')]: true, code })).toBe(true);
      });
    });
});
