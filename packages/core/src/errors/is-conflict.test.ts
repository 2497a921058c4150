import { describe, expect, it } from 'vitest';
import { isConflict } from './is-conflict.js';
import { ConflictError, KabinetError } from './kabinet-error.js';

describe('isConflict', () => {
  it('S-15: is true for a stale-version conflict and false for any other error', () => {
    expect(isConflict(new ConflictError('account', 'acc_1', 3))).toBe(true);
    expect(isConflict(new KabinetError('ERR_CONFLICT', 'kept changing'))).toBe(true);
    expect(isConflict(new KabinetError('ERR_STORE', 'socket closed'))).toBe(false);
    expect(isConflict(new Error('ERR_CONFLICT'))).toBe(false);
    expect(isConflict(undefined)).toBe(false);
  });
});
