import { describe, expect, it } from 'vitest';
import {
  portalBackupCodePolicy,
  strictBackupCodePolicy,
  type BackupCodePolicy,
} from './backup-code-policy.js';
import { checkBackupCodePolicy } from './check-backup-code-policy.js';

const fields = (p: BackupCodePolicy): unknown[] => {
  const r = checkBackupCodePolicy(p);
  return r.success ? [] : r.issues.map((i) => i.params?.field);
};

describe('checkBackupCodePolicy', () => {
  it('S-6, S-15: accepts both presets; refuses fewer than 10 codes, weak codes, bad scrypt costs and a negative or fractional conflictRetries', () => {
    expect(fields(portalBackupCodePolicy)).toEqual([]);
    expect(fields(strictBackupCodePolicy)).toEqual([]);
    expect(fields({ ...portalBackupCodePolicy, count: 9 })).toEqual(['count']);
    expect(fields({ ...portalBackupCodePolicy, alphabet: '01', length: 12 })).toEqual(['length']);
    expect(fields({ ...portalBackupCodePolicy, alphabet: 'ABCDEFGHJK' })).toEqual(['alphabet']);
    expect(
      fields({
        ...portalBackupCodePolicy,
        scrypt: { cost: 1000, blockSize: 8, parallelization: 1 },
      }),
    ).toEqual(['scrypt.cost']);
    expect(
      fields({
        ...portalBackupCodePolicy,
        scrypt: { cost: 2 ** 20, blockSize: 8, parallelization: 1 },
      }),
    ).toEqual(['scrypt']);
    expect(fields({ ...portalBackupCodePolicy, conflictRetries: 0 })).toEqual([]);
    expect(fields({ ...portalBackupCodePolicy, conflictRetries: -1 })).toEqual(['conflictRetries']);
    expect(fields({ ...portalBackupCodePolicy, conflictRetries: 1.5 })).toEqual([
      'conflictRetries',
    ]);
  });
});
