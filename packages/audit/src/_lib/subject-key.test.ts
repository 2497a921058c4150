import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSeededRandom } from '@kabinet/core';
import { createTestKeys } from '../../test/fixtures/keys.js';
import { partyArb } from '../../test/fixtures/arbitraries.js';
import { newSubjectKey, rewrapSubjectKey, unwrapSubjectKey } from './subject-key.js';

const NOW = 1_767_225_600_000;

/** The blob with one bit flipped (a byte of nonce, wrapped key or tag). */
function flipBit(wrapped: string, bit: number): string {
  const bytes = Buffer.from(wrapped, 'base64url');
  const at = bit % (bytes.length * 8);
  bytes[at >> 3]! ^= 1 << (at & 7);
  return bytes.toString('base64url');
}

describe('rewrapSubjectKey', () => {
  test.prop([partyArb, fc.integer({ min: 0, max: 2 ** 31 })], { numRuns: 50 })(
    'S-12: re-wrapping by the current secret keeps the data key bytes, id, subject and creation time; only the current secret opens it',
    (subject, seed) => {
      const random = createSeededRandom(seed);
      const keys = createTestKeys();
      const { record, key } = newSubjectKey(subject, keys, NOW, random);
      keys.rotateSecret('journal-payload', 'journal-payload-2');
      const next = rewrapSubjectKey(record, keys, random)!;
      expect(next).toMatchObject({
        id: record.id,
        subject,
        createdAt: NOW,
        wrapKid: 'journal-payload-2',
      });
      expect(next.wrapped).not.toBe(record.wrapped);
      expect(unwrapSubjectKey(next, keys)).toEqual(key);
      // Once the old secret is retired, the old wrapping is dead and the new one still opens.
      keys.forgetSecret('journal-payload', 'journal-payload-1');
      expect(unwrapSubjectKey(record, keys)).toBeUndefined();
      expect(unwrapSubjectKey(next, keys)).toEqual(key);
    },
  );

  it('S-12: every re-wrap uses a fresh nonce, and the AAD still binds the key id and subject', () => {
    const random = createSeededRandom(3);
    const keys = createTestKeys();
    const subject = { type: 'account', id: 'acc_1' };
    const { record, key } = newSubjectKey(subject, keys, NOW, random);
    keys.rotateSecret('journal-payload', 'journal-payload-2');
    const a = rewrapSubjectKey(record, keys, random)!;
    const b = rewrapSubjectKey(record, keys, random)!;
    const nonce = (w: string): string =>
      Buffer.from(w, 'base64url').subarray(0, 12).toString('hex');
    expect(nonce(a.wrapped)).not.toBe(nonce(b.wrapped));
    expect(nonce(a.wrapped)).not.toBe(nonce(record.wrapped));
    expect(unwrapSubjectKey(b, keys)).toEqual(key);
    // Moved to another key id or another subject, the wrapped key does not open.
    expect(unwrapSubjectKey({ ...a, id: 'jdk_other' }, keys)).toBeUndefined();
    expect(
      unwrapSubjectKey({ ...a, subject: { type: 'account', id: 'acc_2' } }, keys),
    ).toBeUndefined();
  });

  test.prop([fc.nat()], { numRuns: 60 })(
    'S-12: an altered blob or a missing secret gives undefined, never a different key',
    (bit) => {
      const random = createSeededRandom(5);
      const keys = createTestKeys();
      const { record } = newSubjectKey({ type: 'account', id: 'acc_1' }, keys, NOW, random);
      keys.rotateSecret('journal-payload', 'journal-payload-2');
      expect(
        rewrapSubjectKey({ ...record, wrapped: flipBit(record.wrapped, bit) }, keys, random),
      ).toBeUndefined();
      expect(
        rewrapSubjectKey({ ...record, wrapped: record.wrapped.slice(0, 30) }, keys, random),
      ).toBeUndefined();
      expect(
        rewrapSubjectKey({ ...record, wrapKid: 'journal-payload-9' }, keys, random),
      ).toBeUndefined();
    },
  );

  it('refuses a current secret that is not 32 bytes (ERR_CONFIG)', () => {
    const random = createSeededRandom(9);
    const keys = createTestKeys();
    const { record } = newSubjectKey({ type: 'account', id: 'acc_1' }, keys, NOW, random);
    const short = { ...keys, currentSecret: () => ({ kid: 'short', key: new Uint8Array(16) }) };
    expect(() => rewrapSubjectKey(record, short, random)).toThrowError(
      expect.objectContaining({ code: 'ERR_CONFIG' }),
    );
  });
});
