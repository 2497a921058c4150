import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { JOURNAL_GENESIS_HASH, type JournalEntry, type JournalPendingEntry } from '@kabinet/ports';
import { hashEntry } from '../entry/hash-entry.js';
import { verifyChain } from '../verify/verify-chain.js';
import { actionArb, hexArb, partyArb } from '../../test/fixtures/arbitraries.js';
import { sealJournalBatch } from './seal-journal-batch.js';

const pendingArb: fc.Arbitrary<JournalPendingEntry> = fc.record({
  ts: fc.integer({ min: 0, max: 2_000_000_000_000 }),
  actor: partyArb,
  action: actionArb,
  subject: partyArb,
  payloadCommitment: fc.option(hexArb, { nil: null }),
});

describe('sealJournalBatch', () => {
  it('S-14: gives the batch gap-free seqs after the head, links each to the hash before it, and hashes like hashEntry', () => {
    const alice = { type: 'account', id: 'acc_alice' };
    const [a, b] = sealJournalBatch(
      [
        {
          ts: 20,
          actor: alice,
          action: 'account.login.succeeded',
          subject: alice,
          payloadCommitment: null,
        },
        {
          ts: 10,
          actor: alice,
          action: 'contact.changed',
          subject: alice,
          payloadCommitment: 'ab'.repeat(32),
        },
      ],
      undefined,
    );
    expect(a).toMatchObject({ v: 1, seq: 0, ts: 20, prev: JOURNAL_GENESIS_HASH });
    // Time never goes backwards in the chain: the later entry takes the earlier one's time.
    expect(b).toMatchObject({ seq: 1, ts: 20, prev: a!.hash, payloadCommitment: 'ab'.repeat(32) });
    for (const e of [a!, b!]) expect(e.hash).toBe(hashEntry(e));
  });

  test.prop([
    fc.array(pendingArb, { maxLength: 40 }),
    fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }),
  ])(
    'S-14: any split into batches yields the same chain as one batch, and it verifies',
    async (pending, cuts) => {
      const whole = sealJournalBatch(pending, undefined);
      const pieces: JournalEntry[] = [];
      for (let i = 0, c = 0; i < pending.length; c++) {
        const size = cuts[c % cuts.length]!;
        pieces.push(...sealJournalBatch(pending.slice(i, i + size), pieces[pieces.length - 1]));
        i += size;
      }
      expect(pieces).toEqual(whole);
      const report = await verifyChain((from, limit) => whole.slice(from, from + limit), []);
      expect(report).toMatchObject({ ok: true, size: pending.length });
    },
  );

  test.prop([
    fc.array(fc.record({ type: fc.string(), id: fc.string() }), { minLength: 1, maxLength: 5 }),
    fc.string(),
  ])(
    'hashes entries with any strings canonically (the slow path when a string needs escaping)',
    (parties, action) => {
      const pending = parties.map((p) => ({
        ts: 1,
        actor: p,
        action,
        subject: p,
        payloadCommitment: null,
      }));
      for (const e of sealJournalBatch(pending, undefined)) expect(e.hash).toBe(hashEntry(e));
    },
  );
});
