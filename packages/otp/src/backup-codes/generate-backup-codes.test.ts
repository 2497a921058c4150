import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { describe, expect, it } from 'vitest';
import {
  defaultBackupCodePolicy,
  strictBackupCodePolicy,
  type BackupCodePolicy,
} from './backup-code-policy.js';
import { findBackupCode } from './find-backup-code.js';
import { generateBackupCodes } from './generate-backup-codes.js';

/** Cheap scrypt so the suite stays fast; the cost is a policy field like any other. */
const fast: BackupCodePolicy = {
  ...defaultBackupCodePolicy,
  scrypt: { cost: 1024, blockSize: 8, parallelization: 1 },
};

describe('generateBackupCodes', () => {
  it('S-6: makes at least ten distinct codes shown as xxxxx-xxxxx, with one salted hash each', async () => {
    const keys = createMemoryKeyProvider();
    const { codes, hashes } = await generateBackupCodes({ keys, policy: fast });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    expect(hashes).toHaveLength(10);
    for (const hash of hashes)
      expect(hash).toMatch(
        /^bc1\$[^$]+\$[0-9a-f]{2}\$1024\.8\.1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/,
      );
    // Salted: the same code hashes differently each time.
    const salts = hashes.map((h) => h.split('$')[4]);
    expect(new Set(salts).size).toBe(10);
  });

  it('S-6, S-12: the hashes reveal no code', async () => {
    const { codes, hashes } = await generateBackupCodes({
      keys: createMemoryKeyProvider(),
      policy: fast,
    });
    const dump = hashes.join('\n');
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
  });

  test.prop([fc.integer()], { numRuns: 5 })(
    'S-6: every generated code matches its own hash',
    async (seed) => {
      const keys = createMemoryKeyProvider();
      const { codes, hashes } = await generateBackupCodes({
        keys,
        policy: fast,
        random: createSeededRandom(seed),
      });
      for (let i = 0; i < codes.length; i++)
        expect(await findBackupCode({ hashes, code: codes[i]!, keys, policy: fast })).toBe(i);
    },
  );

  it('follows the strict preset: twelve codes of 12 characters', async () => {
    const { codes } = await generateBackupCodes({
      keys: createMemoryKeyProvider(),
      policy: { ...strictBackupCodePolicy, scrypt: fast.scrypt },
    });
    expect(codes).toHaveLength(12);
    for (const code of codes) expect(code).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  });

  it('refuses a policy with fewer than ten codes', async () => {
    await expect(
      generateBackupCodes({ keys: createMemoryKeyProvider(), policy: { ...fast, count: 9 } }),
    ).rejects.toMatchObject({ code: 'ERR_CONFIG' });
  });
});
