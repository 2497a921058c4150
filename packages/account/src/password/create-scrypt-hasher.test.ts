import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import { createScryptHasher } from './create-scrypt-hasher.js';

const fast = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

describe('createScryptHasher', () => {
  const hasher = createScryptHasher(fast);

  test.prop([fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 })], { numRuns: 15 })(
    'S-2: verifies exactly the hashed secret',
    async (secret, other) => {
      const hash = await hasher.hash(secret);
      expect(await hasher.verify(hash, secret)).toBe(true);
      if (other !== secret) expect(await hasher.verify(hash, other)).toBe(false);
    },
  );

  // Stored forms: password hashes written before a refactor must still verify after it. Both
  // were made by the hasher before scrypt moved to @kabinet/core, and their digests checked
  // against node:crypto's scryptSync directly; a change of format or parameter mapping turns
  // them red.
  const oldDefaultShape =
    '$scrypt$ln=10,r=8,p=1$AQEBAQEBAQEBAQEBAQEBAQ$666Ip4oakTaJ33d7RNr-Bc710LsHnleeym3c7dgPgjo';
  const oldOddShape =
    '$scrypt$ln=11,r=4,p=2$CQkJCQkJCQkJCQkJCQkJCQkJCQk$JvpM4g-LqtoxaMyiEsy5Jfxh-Va-Qj0vo_9m0xtiV3iPe8JYNUBFqg';

  it('S-2: a stored hash stays byte-identical: same salt and parameters, same string', async () => {
    const ones = { bytes: (n: number) => new Uint8Array(n).fill(1), int: () => 0 };
    const pinned = createScryptHasher({ ...fast, keyLength: 32, saltLength: 16 }, ones);
    expect(await pinned.hash('Correct-Horse-7')).toBe(oldDefaultShape);
  });

  it('S-2: hashes stored by the earlier hasher still verify, with their own r, p, key and salt lengths', async () => {
    expect(await hasher.verify(oldDefaultShape, 'Correct-Horse-7')).toBe(true);
    expect(await hasher.verify(oldDefaultShape, 'Correct-Horse-8')).toBe(false);
    expect(await hasher.verify(oldOddShape, 'пароль-Ü-7')).toBe(true);
    expect(await hasher.verify(oldOddShape, 'пароль-U-7')).toBe(false);
    expect(hasher.needsRehash(oldOddShape)).toBe(true);
  });

  it('S-2: the hash is self-describing and salted', async () => {
    const a = await hasher.hash('Correct-Horse-7');
    const b = await hasher.hash('Correct-Horse-7');
    expect(a).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
  });

  it('S-2: a hash made with weaker parameters needs a rehash; verification still uses its own parameters', async () => {
    const weak = await hasher.hash('Correct-Horse-7');
    const stronger = createScryptHasher({ ...fast, cost: 2 ** 11 });
    expect(stronger.needsRehash(weak)).toBe(true);
    expect(hasher.needsRehash(weak)).toBe(false);
    expect(await stronger.verify(weak, 'Correct-Horse-7')).toBe(true);
    expect(stronger.needsRehash(await stronger.hash('x'))).toBe(false);
  });

  it('the default parameters are strong (N = 2^17, r = 8)', async () => {
    const strong = createScryptHasher();
    expect(strong.needsRehash(await hasher.hash('x'))).toBe(true);
  });

  it('malformed hashes verify as false and need a rehash', async () => {
    for (const bad of [
      '',
      'plain',
      '$scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA',
      '$argon2id$v=19$m=1,t=1,p=1$x$y',
    ]) {
      expect(await hasher.verify(bad, 'x')).toBe(false);
      expect(hasher.needsRehash(bad)).toBe(true);
    }
  });

  it('rejects parameters out of range with ERR_CONFIG', () => {
    for (const bad of [{ cost: 1000 }, { blockSize: 0 }, { keyLength: 8 }, { saltLength: 4 }]) {
      try {
        createScryptHasher(bad);
        expect.unreachable();
      } catch (e) {
        expect(KabinetError.isInstance(e) && e.code).toBe('ERR_CONFIG');
      }
    }
  });
});
