import { JOURNAL_GENESIS_HASH, type JournalEntry, type JournalPendingEntry } from '@kabinet/ports';
import { leafHashForVerify } from '../_lib/fast-leaf.js';

/**
 * Gives pending entries their place in the chain after `head` (the sequencer's half of an
 * append): `seq` from `head.seq + 1` on without gaps, each `prev` the hash before it, `ts` the
 * enqueue time but never below the previous entry's (the chain's time does not go backwards),
 * and `hash` the RFC 9162 leaf hash of the canonical entry, exactly as `createJournal`'s
 * appends compute it, so `verify` checks both alike. Pure and synchronous: adapters call it
 * inside the transaction that writes the batch (it is a `JournalBatchSealer`).
 *
 * @param pending - the batch, oldest first
 * @param head - the chain's last entry, or `undefined` for an empty chain
 * @returns one entry per pending entry, in order
 * @example
 * ```ts
 * const [first] = sealJournalBatch([{ ts: 1767225600000, actor, action: 'account.login.succeeded', subject: actor, payloadCommitment: null }], undefined);
 * first.seq;  // 0
 * first.prev; // JOURNAL_GENESIS_HASH
 * ```
 */
export function sealJournalBatch(
  pending: readonly JournalPendingEntry[],
  head: JournalEntry | undefined,
): JournalEntry[] {
  let seq = head === undefined ? 0 : head.seq + 1;
  let prev = head?.hash ?? JOURNAL_GENESIS_HASH;
  let ts = head?.ts ?? 0;
  const out: JournalEntry[] = [];
  for (const p of pending) {
    ts = Math.max(ts, p.ts);
    const entry = {
      v: 1 as const,
      seq,
      ts,
      actor: { type: p.actor.type, id: p.actor.id },
      action: p.action,
      subject: { type: p.subject.type, id: p.subject.id },
      payloadCommitment: p.payloadCommitment,
      prev,
      hash: '',
    };
    // leafHashForVerify takes the unescaped fast path only when every string is safe.
    entry.hash = leafHashForVerify(entry);
    out.push(entry);
    prev = entry.hash;
    seq += 1;
  }
  return out;
}
