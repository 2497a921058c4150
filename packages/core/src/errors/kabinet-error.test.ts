import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KABINET_ERROR_CODES } from './kabinet-error-codes.js';
import { ConflictError, KabinetError } from './kabinet-error.js';

const errorCode = fc.constantFrom(...KABINET_ERROR_CODES);

// The dual ESM + CJS build can load this module twice; a second evaluation has its own class.
// Vite evaluates a module again when it is imported with a different query string.
async function loadSecondCopy(): Promise<typeof import('./kabinet-error.js')> {
  const specifier = './kabinet-error.js?second-copy';
  return (await import(/* @vite-ignore */ specifier)) as typeof import('./kabinet-error.js');
}

describe('KabinetError', () => {
  test.prop([errorCode, fc.string()])(
    'keeps its code and message and is an Error',
    (code, message) => {
      const error = new KabinetError(code, message);
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
      expect(error.name).toBe('KabinetError');
      expect(error).toBeInstanceOf(Error);
      expect(KabinetError.isInstance(error)).toBe(true);
    },
  );

  it('passes the cause through and defaults details to an empty object', () => {
    const cause = new Error('socket closed');
    const error = new KabinetError('ERR_STORE', 'write failed', { cause });
    expect(error.cause).toBe(cause);
    expect(error.details).toStrictEqual({});
    expect('cause' in new KabinetError('ERR_STORE', 'write failed')).toBe(false);
  });

  it('keeps non-personal details for logs', () => {
    const error = new KabinetError('ERR_CONFIG', 'bad policy', {
      details: { field: 'otp.ttlMs', min: 60_000 },
    });
    expect(error.details).toStrictEqual({ field: 'otp.ttlMs', min: 60_000 });
  });

  it('has the static default code ERR_INTERNAL', () => {
    expect(KabinetError.code).toBe('ERR_INTERNAL');
  });

  it('names subclasses after themselves and recognises them', () => {
    class HasherBusyError extends KabinetError {
      constructor() {
        super('ERR_UNAVAILABLE', 'hasher busy');
      }
    }
    const error = new HasherBusyError();
    expect(error.name).toBe('HasherBusyError');
    expect(error.stack).toContain('HasherBusyError');
    expect(KabinetError.isInstance(error)).toBe(true);
  });

  describe('isInstance', () => {
    it('recognises an error thrown by a second copy of the package, where instanceof fails', async () => {
      const second = await loadSecondCopy();
      expect(second.KabinetError).not.toBe(KabinetError);
      const foreign = new second.KabinetError('ERR_CONFIG', 'from the other copy');
      expect(foreign instanceof KabinetError).toBe(false);
      expect(KabinetError.isInstance(foreign)).toBe(true);
      expect(second.KabinetError.isInstance(new KabinetError('ERR_CONFIG', 'from this copy'))).toBe(
        true,
      );
      expect(KabinetError.isInstance(new second.ConflictError('account', 'acc_1', 2))).toBe(true);
    });

    it('recognises any object carrying the global Symbol.for marker', () => {
      const marked = { [Symbol.for('kabinet.error')]: true, code: 'ERR_CONFIG', message: 'copy' };
      expect(KabinetError.isInstance(marked)).toBe(true);
    });

    it('rejects plain errors, look-alikes and non-objects', () => {
      const lookAlike = Object.assign(new Error('no keys'), {
        code: 'ERR_CONFIG',
        name: 'KabinetError',
      });
      expect(KabinetError.isInstance(new Error('boom'))).toBe(false);
      expect(KabinetError.isInstance(lookAlike)).toBe(false);
      expect(KabinetError.isInstance({ [Symbol('kabinet.error')]: true })).toBe(false);
      expect(KabinetError.isInstance({ [Symbol.for('kabinet.error')]: 'yes' })).toBe(false);
      for (const value of [null, undefined, 0, 'ERR_CONFIG', true, () => undefined]) {
        expect(KabinetError.isInstance(value)).toBe(false);
      }
    });

    it('is false for a spread copy of an error: the marker is not enumerable', () => {
      const copy = { ...new KabinetError('ERR_CONFIG', 'no keys') };
      expect(KabinetError.isInstance(copy)).toBe(false);
    });

    test.prop([fc.anything()])(
      'is false for arbitrary values that were not built as Kabinet errors',
      (value) => {
        expect(KabinetError.isInstance(value)).toBe(false);
      },
    );
  });
});

describe('ConflictError', () => {
  it('S-15: reports a versioned write that met a newer version, with code ERR_CONFLICT', () => {
    const error = new ConflictError('account', 'acc_1', 3);
    expect(error.code).toBe('ERR_CONFLICT');
    expect(ConflictError.code).toBe('ERR_CONFLICT');
    expect(error.name).toBe('ConflictError');
    expect(error.entity).toBe('account');
    expect(error.id).toBe('acc_1');
    expect(error.expectedVersion).toBe(3);
    expect(error.details).toStrictEqual({ entity: 'account', id: 'acc_1', expectedVersion: 3 });
    expect(error.message).toBe('account acc_1 changed since version 3');
    expect(error).toBeInstanceOf(KabinetError);
    expect(KabinetError.isInstance(error)).toBe(true);
  });

  describe('isInstance', () => {
    it('S-15: matches its own code only — another Kabinet error is not a conflict', () => {
      expect(ConflictError.isInstance(new ConflictError('account', 'acc_1', 3))).toBe(true);
      expect(ConflictError.isInstance(new KabinetError('ERR_STORE', 'socket closed'))).toBe(false);
      expect(ConflictError.isInstance(new KabinetError('ERR_CONFIG', 'no keys'))).toBe(false);
      // A conflict thrown as a plain KabinetError with the code (a retry loop giving up) still is one.
      expect(ConflictError.isInstance(new KabinetError('ERR_CONFLICT', 'kept changing'))).toBe(
        true,
      );
    });

    it('matches a conflict from a second copy of the package, and a branded plain object with the code', async () => {
      const second = await loadSecondCopy();
      expect(ConflictError.isInstance(new second.ConflictError('account', 'acc_1', 2))).toBe(true);
      expect(second.ConflictError.isInstance(new ConflictError('account', 'acc_1', 2))).toBe(true);
      expect(ConflictError.isInstance(new second.KabinetError('ERR_STORE', 'socket closed'))).toBe(
        false,
      );
      expect(
        ConflictError.isInstance({ [Symbol.for('kabinet.error')]: true, code: 'ERR_CONFLICT' }),
      ).toBe(true);
      expect(
        ConflictError.isInstance({ [Symbol.for('kabinet.error')]: true, code: 'ERR_STORE' }),
      ).toBe(false);
    });

    it('rejects look-alikes without the brand', () => {
      expect(
        ConflictError.isInstance(Object.assign(new Error('stale'), { code: 'ERR_CONFLICT' })),
      ).toBe(false);
      expect(ConflictError.isInstance({ code: 'ERR_CONFLICT' })).toBe(false);
      expect(ConflictError.isInstance({ ...new ConflictError('account', 'acc_1', 3) })).toBe(false);
    });

    test.prop([errorCode.filter((code) => code !== 'ERR_CONFLICT'), fc.string()])(
      'is false for every Kabinet error of another code',
      (code, message) => {
        expect(ConflictError.isInstance(new KabinetError(code, message))).toBe(false);
        expect(KabinetError.isInstance(new KabinetError(code, message))).toBe(true);
      },
    );
  });
});
