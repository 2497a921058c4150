import { fc, test } from '@fast-check/vitest';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultBackupCodePolicy, type BackupCodePolicy } from './backup-code-policy.js';
import { findBackupCode } from './find-backup-code.js';
import { generateBackupCodes, type GeneratedBackupCodes } from './generate-backup-codes.js';

const fast: BackupCodePolicy = {
  ...defaultBackupCodePolicy,
  scrypt: { cost: 1024, blockSize: 8, parallelization: 1 },
};
const keys = createMemoryKeyProvider();
let set: GeneratedBackupCodes;

beforeAll(async () => {
  set = await generateBackupCodes({ keys, policy: fast });
});

describe('findBackupCode', () => {
  it('finds a code however it is typed: case, spaces and hyphens do not matter', async () => {
    const code = set.codes[3]!;
    expect(await findBackupCode({ hashes: set.hashes, code, keys, policy: fast })).toBe(3);
    expect(
      await findBackupCode({
        hashes: set.hashes,
        code: ` ${code.toUpperCase().replace('-', ' ')} `,
        keys,
        policy: fast,
      }),
    ).toBe(3);
  });

  test.prop([fc.string({ minLength: 0, maxLength: 20 })], { numRuns: 40 })(
    'S-17: anything else is -1, never a throw',
    async (typed) => {
      const normalized = typed.toLowerCase().replace(/[\s-]/g, '');
      fc.pre(!set.codes.some((c) => c.replace('-', '') === normalized));
      expect(await findBackupCode({ hashes: set.hashes, code: typed, keys, policy: fast })).toBe(
        -1,
      );
    },
  );

  it('skips malformed stored hashes and hashes made with an unknown pepper', async () => {
    const code = set.codes[0]!;
    const broken = [
      '',
      'bc1$x',
      'bc1$k$zz$1024.8.1$AAAA$AAAA',
      'bc1$%E0%A4%A$00$1024.8.1$AAAAAAAAAAAAAAAAAAAAAA$AAAA',
      set.hashes[0]!,
    ];
    expect(await findBackupCode({ hashes: broken, code, keys, policy: fast })).toBe(4);
    expect(
      await findBackupCode({
        hashes: set.hashes,
        code,
        keys: createMemoryKeyProvider(),
        policy: fast,
      }),
    ).toBe(-1);
  });

  it('S-6: a hash is only as good as the pepper: after rotation the old codes still verify by kid', async () => {
    const rotating = createMemoryKeyProvider();
    const old = await generateBackupCodes({ keys: rotating, policy: fast });
    rotating.rotate('otp-pepper');
    expect(
      await findBackupCode({
        hashes: old.hashes,
        code: old.codes[1]!,
        keys: rotating,
        policy: fast,
      }),
    ).toBe(1);
  });
});
