import {
  isSha256Hex,
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalPendingEntry,
} from '@kabinet/ports';
import { invalidArgument } from '../../_lib/misuse.js';

const MAX_LIMIT = 10_000;

/** Throws `ERR_INVALID_ARGUMENT` unless a batch's limit is an integer in 1…10 000. */
export function checkBatchLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(limit) });
}

/** Checks that `seal` chained the batch after `head` and kept each entry's fields. */
export function checkSealed(
  batch: readonly JournalPendingEntry[],
  sealed: readonly JournalEntry[],
  head: JournalEntry | undefined,
): void {
  const returned: unknown = sealed;
  if (!Array.isArray(returned) || sealed.length !== batch.length)
    invalidArgument('seal must return one entry per pending entry');
  let seq = head === undefined ? 0 : head.seq + 1;
  let prev = head?.hash ?? JOURNAL_GENESIS_HASH;
  let ts = head?.ts ?? 0;
  sealed.forEach((e, i) => {
    const p = batch[i]!;
    if (
      e.v !== 1 ||
      e.seq !== seq ||
      e.prev !== prev ||
      !Number.isSafeInteger(e.ts) ||
      e.ts < ts ||
      !isSha256Hex(e.hash) ||
      e.action !== p.action ||
      e.payloadCommitment !== p.payloadCommitment ||
      e.actor.type !== p.actor.type ||
      e.actor.id !== p.actor.id ||
      e.subject.type !== p.subject.type ||
      e.subject.id !== p.subject.id
    ) {
      invalidArgument('seal must return the pending entries in order, chained after the head', {
        seq: e?.seq ?? -1,
      });
    }
    seq += 1;
    prev = e.hash;
    ts = e.ts;
  });
}
