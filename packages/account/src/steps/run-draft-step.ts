import { fail, issue, retryOnConflict, timingSafeEqualStrings, type Result } from '@kabinet/core';
import type { DraftRecord, JournalParty, Stored } from '@kabinet/ports';
import { ACCOUNT_COLLECTIONS } from '../context/account-collections.js';
import type { AccountContext } from '../context/account-context.js';
import type { JournalDraft } from '../_lib/journal-draft.js';
import { hashSecret } from '../_lib/secrets.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** What a draft step decides. */
export interface DraftOutcome<T> {
  readonly result: Result<T, AccountIssueCode>;
  /** The draft to write; absent when nothing changes. */
  readonly draft?: DraftRecord;
  /** Delete the draft instead (registration finished). */
  readonly remove?: boolean;
  readonly journal?: readonly JournalDraft[];
}

/**
 * The journal party of a draft.
 *
 * @example
 * ```ts
 * draftParty('drf_1'); // { type: 'draft', id: 'drf_1' }
 * ```
 */
export function draftParty(draftId: string): JournalParty {
  return { type: 'draft', id: draftId };
}

/**
 * Opens a draft by id and resume token (constant-time), or `undefined`.
 *
 * @example
 * ```ts
 * const draft = await openDraft(ctx, input.draftId, input.resumeToken);
 * ```
 */
export async function openDraft(
  ctx: AccountContext,
  draftId: unknown,
  resumeToken: unknown,
): Promise<Stored<DraftRecord> | undefined> {
  if (
    typeof draftId !== 'string' ||
    typeof resumeToken !== 'string' ||
    !draftId.startsWith('drf_') ||
    draftId.length > 64 ||
    resumeToken.length > 100
  )
    return undefined;
  const draft = await ctx.stores.drafts.get(draftId);
  if (draft === undefined) return undefined;
  return timingSafeEqualStrings(draft.resumeTokenHash, hashSecret(resumeToken)) ? draft : undefined;
}

/**
 * Runs one registration step on a draft: open it with its resume token, decide, write with
 * the version read (retrying on a concurrent write), then journal (ACC-3, ACC-4, AUD-1).
 *
 * @example
 * ```ts
 * await runDraftStep(ctx, { draftId, resumeToken }, async (draft, now) => ({
 *   result: ok({ step: draft.step }),
 *   draft: { ...draft, updatedAt: now },
 * }));
 * ```
 */
export async function runDraftStep<T>(
  ctx: AccountContext,
  access: { draftId: string; resumeToken: string },
  step: (draft: Stored<DraftRecord>, now: number) => Promise<DraftOutcome<T>>,
): Promise<Result<T, AccountIssueCode>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const draft = await openDraft(ctx, access.draftId, access.resumeToken);
    if (draft === undefined) return fail(issue('registration.draft_not_found', ['draftId']));
    const now = ctx.clock.now();
    const outcome = await step(draft, now);
    const entries = outcome.journal ?? [];
    if (outcome.remove !== true && outcome.draft === undefined && entries.length === 0)
      return outcome.result;
    // The write and its entries commit together (on a backend with a unit of work: AUD-1).
    await ctx.units.run(async (unit) => {
      const drafts = unit.versioned<DraftRecord>(ACCOUNT_COLLECTIONS.drafts);
      if (outcome.remove === true) await drafts.delete(draft.id, draft.version);
      else if (outcome.draft !== undefined) {
        const { version: _v, ...plain } = outcome.draft as Stored<DraftRecord>;
        await drafts.update(
          { ...plain, updatedAt: now, expiresAt: now + ctx.policy.draftTtlMs },
          draft.version,
        );
      }
      for (const entry of entries) {
        await unit.append({
          actor: entry.actor ?? draftParty(draft.id),
          action: entry.action,
          subject: draftParty(draft.id),
          ...(entry.payload === undefined ? {} : { payload: entry.payload }),
        });
      }
    });
    return outcome.result;
  });
}
