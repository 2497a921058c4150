import type { JournalParty, JournalSubjectKey } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { checkedParty, subjectKeyOf, type SubjectKeyRow } from '../_lib/journal-rows.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * The subject's data key (`JournalStore.getSubjectKey`).
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param subjectIn - the subject
 * @returns the key, or `undefined` when it has none (never had one, or it was erased)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed subject
 * @example
 * ```ts
 * const key = await getSubjectKey(ctx, { type: 'account', id: 'acc_1' });
 * ```
 */
export async function getSubjectKey(
  ctx: JournalContext,
  subjectIn: JournalParty,
): Promise<JournalSubjectKey | undefined> {
  const subject = checkedParty(subjectIn, 'subject');
  const rows = await run<SubjectKeyRow>(ctx.pool, 'journal.getSubjectKey', ctx.sql.GET_KEY, [
    ctx.journal,
    subject.type,
    subject.id,
  ]);
  return rows[0] === undefined ? undefined : subjectKeyOf(rows[0]);
}
