import { fc, test } from '@fast-check/vitest';
import { KabinetError, createSeededRandom } from '@kabinet/core';
import { ScureBase32Plugin } from 'otplib';
import { describe, expect, it } from 'vitest';
import { generateTotpSecret } from './generate-totp-secret.js';

const base32 = new ScureBase32Plugin();

describe('generateTotpSecret', () => {
  it('S-6: makes 20 random bytes by default: 32 base32 characters, no padding', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32.decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });

  test.prop([fc.integer({ min: 20, max: 64 }), fc.integer()])(
    'S-6: encodes exactly the requested random bytes',
    (bytes, seed) => {
      const expected = createSeededRandom(seed).bytes(bytes);
      const secret = generateTotpSecret({ bytes, random: createSeededRandom(seed) });
      expect(secret).toMatch(/^[A-Z2-7]+$/);
      expect([...base32.decode(secret)]).toEqual([...expected]);
    },
  );

  test.prop([
    fc.oneof(
      fc.integer({ min: -5, max: 19 }),
      fc.integer({ min: 65, max: 1000 }),
      fc.double({ noInteger: true }),
    ),
  ])('S-6: refuses fewer than 20 bytes', (bytes) => {
    expect(() => generateTotpSecret({ bytes })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });

  it('throws a KabinetError', () => {
    try {
      generateTotpSecret({ bytes: 10 });
    } catch (e) {
      expect(KabinetError.isInstance(e)).toBe(true);
    }
    expect.assertions(1);
  });
});
