import type { JournalErasure, JournalParty } from '@kabinet/ports';
import { inTransaction } from '../_lib/in-transaction.js';
import { checkedParty } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * Crypto-shreds a subject (`JournalStore.eraseSubject`, S-12): deletes its data key first
 * (waiting for appenders and units of work that hold it), then turns every sealed payload of
 * the subject, those still in the outbox and those in the chain, into erased ones in later
 * statements of the same transaction, so an erasure always wins.
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param subjectIn - the subject
 * @param erasedAt - when, epoch ms
 * @returns how many payloads were erased and whether a key was deleted
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed subject or time
 * @example
 * ```ts
 * const { payloadsErased } = await eraseSubject(ctx, { type: 'account', id: 'acc_1' }, clock.now());
 * ```
 */
export async function eraseSubject(
  ctx: JournalContext,
  subjectIn: JournalParty,
  erasedAt: number,
): Promise<JournalErasure> {
  const subject = checkedParty(subjectIn, 'subject');
  if (typeof erasedAt !== 'number' || !Number.isFinite(erasedAt))
    invalidArgument('erasedAt must be a finite epoch ms', { erasedAt: String(erasedAt) });
  const params = [ctx.journal, subject.type, subject.id];
  return inTransaction(ctx.pool, 'journal.eraseSubject', async (tx) => {
    // The key first: the delete waits for appenders and units of work holding it, so the
    // updates below (each with a fresh snapshot) see every payload they committed.
    const deleted = await tx.query(ctx.sql.DELETE_KEY, params);
    // Then the outbox (waiting for a sequencer that took those rows) and the chain's payloads.
    await tx.query(ctx.sql.ERASE_OUTBOX, [...params, erasedAt]);
    const erased = await tx.query(ctx.sql.ERASE_PAYLOADS, [...params, erasedAt]);
    return {
      subject,
      erasedAt,
      payloadsErased: erased.rows.length,
      keyDeleted: deleted.rows.length > 0,
    };
  });
}
