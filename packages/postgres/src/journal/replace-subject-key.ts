import type { JournalSubjectKey } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { checkedParty, isText } from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import { checkSubjectKey } from './_lib/check-entry.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * Compare-and-swap of a subject's data key (`JournalStore.replaceSubjectKey`): an update
 * guarded by every field of `expected`, so an erasure or another re-wrap meanwhile makes it
 * change nothing.
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param expected - the key as read
 * @param nextIn - the same key wrapped under another secret
 * @returns whether the key was replaced
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `nextIn` is not a re-wrap of `expected`
 * @example
 * ```ts
 * const swapped = await replaceSubjectKey(ctx, key, { ...key, wrapKid: 'journal-payload-2', wrapped });
 * ```
 */
export async function replaceSubjectKey(
  ctx: JournalContext,
  expected: JournalSubjectKey,
  nextIn: JournalSubjectKey,
): Promise<boolean> {
  const next = checkSubjectKey(nextIn);
  if (typeof expected !== 'object' || expected === null)
    invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
  const was = checkedParty(expected.subject, 'subject');
  if (
    next.id !== expected.id ||
    next.createdAt !== expected.createdAt ||
    next.subject.type !== was.type ||
    next.subject.id !== was.id
  ) {
    invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
  }
  if (!isText(expected.wrapKid) || !isText(expected.wrapped)) return false;
  const rows = await run(ctx.pool, 'journal.replaceSubjectKey', ctx.sql.REPLACE_KEY, [
    ctx.journal,
    was.type,
    was.id,
    expected.id,
    expected.wrapKid,
    expected.wrapped,
    expected.createdAt,
    next.wrapKid,
    next.wrapped,
  ]);
  return rows.length === 1;
}
