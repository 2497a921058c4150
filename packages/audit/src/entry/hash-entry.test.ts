import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { hashEntry } from './hash-entry.js';
import { looseEntryArb } from '../../test/fixtures/arbitraries.js';

describe('hashEntry', () => {
  test.prop([looseEntryArb])(
    'is SHA-256(0x00 ‖ RFC 8785 JSON of the entry), computed independently',
    (entry) => {
      const expected = createHash('sha256')
        .update(Buffer.of(0))
        .update(canonicalize(entry)!, 'utf8')
        .digest('hex');
      expect(hashEntry(entry)).toBe(expected);
    },
  );

  test.prop([looseEntryArb, fc.string({ minLength: 1, maxLength: 3 })])(
    'S-14: any change of a field changes the hash',
    (entry, extra) => {
      const h = hashEntry(entry);
      expect(hashEntry({ ...entry, seq: entry.seq + 1 })).not.toBe(h);
      expect(hashEntry({ ...entry, ts: entry.ts + 1 })).not.toBe(h);
      expect(hashEntry({ ...entry, action: entry.action + extra })).not.toBe(h);
      expect(
        hashEntry({ ...entry, actor: { ...entry.actor, id: entry.actor.id + extra } }),
      ).not.toBe(h);
      expect(
        hashEntry({ ...entry, subject: { ...entry.subject, type: entry.subject.type + extra } }),
      ).not.toBe(h);
      expect(
        hashEntry({ ...entry, prev: entry.prev.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
      ).not.toBe(h);
    },
  );

  it('returns 64 lower-case hex characters', () => {
    expect(
      hashEntry({
        v: 1,
        seq: 0,
        ts: 0,
        actor: { type: 'a', id: 'b' },
        action: 'c.d',
        subject: { type: 'e', id: 'f' },
        payloadCommitment: null,
        prev: '0'.repeat(64),
      }),
    ).toMatch(/^[0-9a-f]{64}$/);
  });
});
