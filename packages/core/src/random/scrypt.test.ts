import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { scryptSync } from 'node:crypto';
import { scrypt } from './scrypt.js';
import { scryptMatches } from './scrypt-matches.js';

const cheap = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };

describe('scrypt', () => {
  it('is scrypt (RFC 7914 §12, the "password"/"NaCl" vector)', async () => {
    const key = await scrypt('password', Buffer.from('NaCl'), 64, {
      cost: 1024,
      blockSize: 8,
      parallelization: 16,
    });
    expect(key.toString('hex')).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
        '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    );
  });

  test.prop([fc.string({ maxLength: 40 }), fc.uint8Array({ minLength: 4, maxLength: 32 })], {
    numRuns: 10,
  })(
    'takes a string as its UTF-8 bytes and maps cost, blockSize, parallelization to N, r, p',
    async (secret, salt) => {
      const expected = scryptSync(Buffer.from(secret, 'utf8'), salt, 32, { N: 1024, r: 8, p: 1 });
      expect((await scrypt(secret, salt, 32, cheap)).equals(expected)).toBe(true);
      expect((await scrypt(Buffer.from(secret, 'utf8'), salt, 32, cheap)).equals(expected)).toBe(
        true,
      );
    },
  );

  it('derives a cost of 2^17 with r = 8 (128 MiB) without a memory-limit error', async () => {
    const key = await scrypt('x', new Uint8Array(16), 32, { ...cheap, cost: 2 ** 17 });
    expect(key.length).toBe(32);
  });
});

describe('scryptMatches', () => {
  test.prop([fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 })], { numRuns: 10 })(
    'matches exactly the secret that derived the digest',
    async (secret, other) => {
      const salt = new Uint8Array(16).fill(3);
      const digest = scryptSync(Buffer.from(secret, 'utf8'), salt, 40, { N: 1024, r: 8, p: 1 });
      expect(await scryptMatches(secret, salt, digest, cheap)).toBe(true);
      if (other !== secret) expect(await scryptMatches(other, salt, digest, cheap)).toBe(false);
    },
  );

  it('is a mismatch, not a throw, for parameters node:crypto refuses', async () => {
    const salt = new Uint8Array(16);
    const digest = new Uint8Array(32);
    expect(await scryptMatches('x', salt, digest, { ...cheap, cost: 1000 })).toBe(false);
  });
});
