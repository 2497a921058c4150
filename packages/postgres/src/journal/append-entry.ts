import { ConflictError } from '@kabinet/core';
import {
  checkJournalEntry,
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalSealedPayload,
} from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { entryFieldValues } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import { checkPayload } from './_lib/check-entry.js';
import type { JournalContext } from './_lib/journal-context.js';

interface AppendRow extends Record<string, unknown> {
  inserted: number;
  key_ok: boolean;
  prev_hash: string | null;
  prev_ts: string | null;
  taken: boolean;
}

/**
 * Appends an entry (`JournalStore.append`) in one statement: an insert guarded by "entry
 * `seq - 1` exists with hash `prev` and `ts` not after this one" and decided by the
 * `(journal, seq)` primary key, so racing appenders never leave a gap or fork the chain. With a
 * payload, the same statement locks the subject's data key (`FOR SHARE`) and inserts the
 * payload beside the entry, so both are written or neither.
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param entry - the sealed entry, chained after the head
 * @param payload - its sealed payload, if any
 * @throws ConflictError when the entry does not link to the head (a stale append), its seq is
 *   taken, or the payload's data key is gone
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or payload, or a time
 *   before the previous entry's
 * @example
 * ```ts
 * await appendEntry(ctx, entry, sealedPayload);
 * ```
 */
export async function appendEntry(
  ctx: JournalContext,
  entry: JournalEntry,
  payload?: JournalSealedPayload,
): Promise<void> {
  checkJournalEntry(entry);
  if (payload !== undefined) checkPayload(entry, payload);
  // The first entry links to the genesis hash; any other prev loses like a stale append.
  if (entry.seq === 0 && entry.prev !== JOURNAL_GENESIS_HASH)
    throw new ConflictError('journal-entry', '0', 0);
  const values: unknown[] = [
    ctx.journal,
    entry.seq,
    entry.ts,
    ...entryFieldValues(entry),
    entry.prev,
    entry.hash,
  ];
  const rows =
    payload === undefined
      ? await run<AppendRow>(ctx.pool, 'journal.append', ctx.sql.APPEND, values)
      : await run<AppendRow>(ctx.pool, 'journal.append', ctx.sql.APPEND_WITH_PAYLOAD, [
          ...values,
          payload.keyId,
          payload.iv,
          payload.ciphertext,
        ]);
  const row = rows[0]!;
  if (row.inserted === 1) return;
  const linked = entry.seq > 0 && row.prev_hash === entry.prev && !row.taken;
  if (linked && Number(row.prev_ts) > entry.ts) {
    invalidArgument('journal time must not go backwards', {
      seq: entry.seq,
      ts: entry.ts,
      previousTs: Number(row.prev_ts),
    });
  }
  if (linked && !row.key_ok)
    throw new ConflictError('journal-subject-key', `${entry.subject.type}:${entry.subject.id}`, 0);
  throw new ConflictError(
    'journal-entry',
    String(entry.seq),
    row.prev_hash === null ? 0 : entry.seq,
  );
}
