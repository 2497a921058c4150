import { ConflictError } from '@kabinet/core';
import type { JournalBatchSealer, JournalEntry } from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import { entryOf, type EntryRow } from '../../_lib/journal-rows.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkSealed } from './check-sealed.js';
import type { OutboxContext } from './outbox-context.js';
import { pendingOf, type OutboxRow } from './outbox-rows.js';

const OPERATION = 'journal.sequence';

/**
 * One batch in the open transaction on `tx`: takes the oldest rows of the outbox, has `seal`
 * chain them after the head (`cachedHead` when `headKnown`, else read) and writes the entries
 * and payloads with a guard that the first links to the head.
 *
 * @throws ConflictError when anything else appended meanwhile (nothing is written)
 */
export async function moveBatch(
  ctx: OutboxContext,
  tx: SqlQueryable,
  limit: number,
  seal: JournalBatchSealer,
  cachedHead: JournalEntry | undefined,
  headKnown: boolean,
): Promise<readonly JournalEntry[]> {
  const { journal, sql } = ctx;
  let rows = await run<OutboxRow>(tx, OPERATION, sql.TAKE, [journal, limit]);
  // Every row taken may have been changed by an erasure meanwhile (see TAKE): a new statement
  // sees them, so an empty batch means an empty outbox, as `drain` expects.
  if (rows.length === 0) rows = await run<OutboxRow>(tx, OPERATION, sql.TAKE, [journal, limit]);
  if (rows.length === 0) return [];
  rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const batch = rows.map(pendingOf);
  const head = headKnown
    ? cachedHead
    : (await run<EntryRow>(tx, OPERATION, sql.HEAD, [journal])).map(entryOf)[0];
  const sealed = seal(batch, head);
  checkSealed(batch, sealed, head);
  const first = sealed[0]!;
  const payloads = sealed.flatMap((e, i) => {
    const p = batch[i]!.payload;
    return p === undefined ? [] : [{ e, p }];
  });
  const col = <V>(f: (e: JournalEntry) => V): V[] => sealed.map(f);
  const written = await run<{ inserted: number }>(tx, OPERATION, sql.WRITE, [
    journal,
    col((e) => e.seq),
    col((e) => e.ts),
    col((e) => e.actor.type),
    col((e) => e.actor.id),
    col((e) => e.action),
    col((e) => e.subject.type),
    col((e) => e.subject.id),
    col((e) => e.payloadCommitment),
    col((e) => e.prev),
    col((e) => e.hash),
    first.seq,
    first.prev,
    first.ts,
    payloads.map(({ e }) => e.seq),
    payloads.map(({ e }) => e.subject.type),
    payloads.map(({ e }) => e.subject.id),
    payloads.map(({ p }) => (p.state === 'sealed' ? p.keyId : null)),
    payloads.map(({ p }) => (p.state === 'sealed' ? p.iv : null)),
    payloads.map(({ p }) => (p.state === 'sealed' ? p.ciphertext : null)),
    payloads.map(({ p }) => (p.state === 'erased' ? p.erasedAt : null)),
  ]);
  if (written[0]?.inserted !== sealed.length)
    throw new ConflictError(
      'journal-entry',
      String(first.seq),
      head === undefined ? 0 : head.seq + 1,
    );
  return sealed;
}
