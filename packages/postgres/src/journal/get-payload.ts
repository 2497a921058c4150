import type { JournalPayloadRecord } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { payloadOf, type PayloadRow } from '../_lib/journal-rows.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * The payload of the entry at `seq`, sealed or erased (`JournalStore.getPayload`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param seq - the entry's seq
 * @returns the payload record, or `undefined` when the entry has none (or `seq` is no seq)
 * @example
 * ```ts
 * const payload = await getPayload(ctx, entry.seq);
 * ```
 */
export async function getPayload(
  ctx: JournalContext,
  seq: number,
): Promise<JournalPayloadRecord | undefined> {
  if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
  const rows = await run<PayloadRow>(ctx.pool, 'journal.getPayload', ctx.sql.GET_PAYLOAD, [
    ctx.journal,
    seq,
  ]);
  return rows[0] === undefined ? undefined : payloadOf(rows[0]);
}
