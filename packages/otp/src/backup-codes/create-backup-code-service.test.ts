import { fc, test } from '@fast-check/vitest';
import { createMemoryKeyProvider, createMemoryVersionedStore } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import { conflictFirst, thrownCode } from '../../test/conflicts.js';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';
import { createBackupCodeService, type BackupCodeSet } from './create-backup-code-service.js';
import { createFakeClock } from '@kabinet/core/testing';

const fast: BackupCodePolicy = {
  ...defaultBackupCodePolicy,
  scrypt: { cost: 1024, blockSize: 8, parallelization: 1 },
};

function setup(policy: BackupCodePolicy = fast) {
  const clock = createFakeClock();
  const sets = createMemoryVersionedStore<BackupCodeSet>({ clock, entity: 'backup-codes' });
  return {
    clock,
    sets,
    backup: createBackupCodeService({ sets, keys: createMemoryKeyProvider(), clock, policy }),
  };
}

describe('createBackupCodeService', () => {
  it('S-6: each backup code is single-use', async () => {
    const { backup } = setup();
    const { codes } = await backup.regenerate('acc_1');
    expect(await backup.verify({ accountId: 'acc_1', code: codes[0]! })).toEqual({
      outcome: 'ok',
      remaining: 9,
    });
    expect(await backup.verify({ accountId: 'acc_1', code: codes[0]! })).toEqual({
      outcome: 'wrong',
    });
    expect(await backup.remaining('acc_1')).toBe(9);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 15 })], {
    numRuns: 8,
  })('S-6: over any sequence of uses each code succeeds at most once', async (picks) => {
    const { backup } = setup();
    const { codes } = await backup.regenerate('acc_1');
    const used = new Set<number>();
    for (const i of picks) {
      const r = await backup.verify({ accountId: 'acc_1', code: codes[i]! });
      expect(r.outcome).toBe(used.has(i) ? 'wrong' : 'ok');
      used.add(i);
    }
    expect(await backup.remaining('acc_1')).toBe(10 - used.size);
  });

  it('S-6, S-9: parallel uses of one code succeed exactly once', async () => {
    const { backup } = setup();
    const { codes } = await backup.regenerate('acc_1');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => backup.verify({ accountId: 'acc_1', code: codes[2]! })),
    );
    expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(1);
    expect(await backup.remaining('acc_1')).toBe(9);
  });

  it('S-6: parallel uses of different codes all succeed (no lost update)', async () => {
    const { backup } = setup();
    const { codes } = await backup.regenerate('acc_1');
    const results = await Promise.all(
      codes.slice(0, 4).map((code) => backup.verify({ accountId: 'acc_1', code })),
    );
    expect(results.every((r) => r.outcome === 'ok')).toBe(true);
    expect(await backup.remaining('acc_1')).toBe(6);
  });

  it('OTP-6: regeneration invalidates the old set', async () => {
    const { backup } = setup();
    const first = await backup.regenerate('acc_1');
    const second = await backup.regenerate('acc_1');
    expect(second.generation).toBe(first.generation + 1);
    for (const code of first.codes.slice(0, 3))
      expect((await backup.verify({ accountId: 'acc_1', code })).outcome).toBe('wrong');
    expect((await backup.verify({ accountId: 'acc_1', code: second.codes[0]! })).outcome).toBe(
      'ok',
    );
  });

  it('answers wrong for an account without codes, and keeps accounts apart', async () => {
    const { backup } = setup();
    const { codes } = await backup.regenerate('acc_1');
    expect(await backup.verify({ accountId: 'acc_2', code: codes[0]! })).toEqual({
      outcome: 'wrong',
    });
    expect(await backup.remaining('acc_2')).toBe(0);
    await expect(backup.verify({ accountId: '', code: codes[0]! })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});

describe('createBackupCodeService: conflicts', () => {
  it("S-15: regenerating retries a version conflict the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const n of [0, 3]) {
      const enough = setup({ ...fast, conflictRetries: n });
      conflictFirst(enough.sets, 'create', n);
      expect((await enough.backup.regenerate('acc_1')).generation).toBe(1);
      if (n === 0) continue;
      const short = setup({ ...fast, conflictRetries: n - 1 });
      conflictFirst(short.sets, 'create', n);
      expect(await thrownCode(short.backup.regenerate('acc_1'))).toBe('ERR_CONFLICT');
    }
  });

  it("S-15: using a code retries a version conflict count + the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const n of [0, 3]) {
      const conflicts = fast.count + n;
      const enough = setup({ ...fast, conflictRetries: n });
      const a = await enough.backup.regenerate('acc_1');
      conflictFirst(enough.sets, 'update', conflicts);
      expect((await enough.backup.verify({ accountId: 'acc_1', code: a.codes[0]! })).outcome).toBe(
        'ok',
      );
      if (n === 0) continue;
      const short = setup({ ...fast, conflictRetries: n - 1 });
      const b = await short.backup.regenerate('acc_1');
      conflictFirst(short.sets, 'update', conflicts);
      expect(await thrownCode(short.backup.verify({ accountId: 'acc_1', code: b.codes[0]! }))).toBe(
        'ERR_CONFLICT',
      );
    }
  });
});
