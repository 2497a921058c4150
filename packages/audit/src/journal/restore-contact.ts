import { fail, issue, ok, type Result } from '@kabinet/core';
import type { JournalEntry } from '@kabinet/ports';
import { foldContactVersions } from '../history/fold-contact-versions.js';
import type { JournalContext } from './_lib/journal-context.js';
import { appendEntry } from './append-entry.js';
import type { RestoreContactInput, RestoreIssueCode } from './journal-types.js';
import { readHistory } from './read-history.js';

/**
 * Restores a contact to an earlier version from the subject's history, journaled as
 * `contact.restored`.
 *
 * @param ctx - the journal's context
 * @param input - actor, subject, contact kind and the `seq` of the version to restore
 * @returns the `contact.restored` entry, or an issue: `audit.restore.unknown_version`,
 *   `audit.restore.erased` or `audit.restore.unchanged`
 * @example
 * ```ts
 * const r = await restoreContact(ctx, { actor: operator, subject, kind: 'phone', fromSeq: 12 });
 * ```
 */
export async function restoreContact(
  ctx: JournalContext,
  input: RestoreContactInput,
): Promise<Result<JournalEntry, RestoreIssueCode>> {
  const versions = foldContactVersions(await readHistory(ctx, input.subject), input.kind);
  const target = versions.find((v) => v.seq === input.fromSeq);
  if (target === undefined)
    return fail(issue('audit.restore.unknown_version', ['fromSeq'], { seq: input.fromSeq }));
  if (target.value === null)
    return fail(issue('audit.restore.erased', ['fromSeq'], { seq: input.fromSeq }));
  const current = versions[versions.length - 1]!;
  if (current.value === target.value)
    return fail(issue('audit.restore.unchanged', ['fromSeq'], { seq: input.fromSeq }));
  const entry = await appendEntry(ctx, {
    actor: input.actor,
    action: 'contact.restored',
    subject: input.subject,
    payload: {
      kind: input.kind,
      before: current.value,
      after: target.value,
      fromSeq: target.seq,
    },
  });
  return ok(entry);
}
