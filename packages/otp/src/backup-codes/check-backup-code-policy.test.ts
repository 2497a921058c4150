import { describe, expect, it } from 'vitest';
import {
  defaultBackupCodePolicy,
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
    expect(fields(defaultBackupCodePolicy)).toEqual([]);
    expect(fields(strictBackupCodePolicy)).toEqual([]);
    expect(fields({ ...defaultBackupCodePolicy, count: 9 })).toEqual(['count']);
    expect(fields({ ...defaultBackupCodePolicy, alphabet: '01', length: 12 })).toEqual(['length']);
    expect(fields({ ...defaultBackupCodePolicy, alphabet: 'ABCDEFGHJK' })).toEqual(['alphabet']);
    expect(
      fields({
        ...defaultBackupCodePolicy,
        scrypt: { cost: 1000, blockSize: 8, parallelization: 1 },
      }),
    ).toEqual(['scrypt.cost']);
    expect(
      fields({
        ...defaultBackupCodePolicy,
        scrypt: { cost: 2 ** 20, blockSize: 8, parallelization: 1 },
      }),
    ).toEqual(['scrypt']);
    expect(fields({ ...defaultBackupCodePolicy, conflictRetries: 0 })).toEqual([]);
    expect(fields({ ...defaultBackupCodePolicy, conflictRetries: -1 })).toEqual([
      'conflictRetries',
    ]);
    expect(fields({ ...defaultBackupCodePolicy, conflictRetries: 1.5 })).toEqual([
      'conflictRetries',
    ]);
  });
});
