import { ConflictError, KabinetError, fail, isConflict, issue, type Result } from '@kabinet/core';
import type { AccountRecord, JournalParty, Stored } from '@kabinet/ports';
import type { JournaledUnit } from '@kabinet/audit/units';
import { ACCOUNT_COLLECTIONS } from '../context/account-collections.js';
import type { AccountContext } from '../context/account-context.js';
import { accountKeys } from '../_lib/account-keys.js';
import { accountParty, SYSTEM_CLOCK, type JournalDraft } from '../_lib/journal-draft.js';
import { advanceAccount, type AppliedTransition } from './transitions.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** What a step decides about an account it was shown. */
export interface StepOutcome<T> {
  /** The result for the caller. */
  readonly result: Result<T, AccountIssueCode>;
  /** The account to write; absent when the step changes nothing. */
  readonly account?: AccountRecord;
  /** Entries to journal with the write: one for an accepted step (S-14, AUD-1). */
  readonly journal?: readonly JournalDraft[];
  /** Effects after a successful write (notifications, session revocations). */
  readonly after?: (written: Stored<AccountRecord>) => Promise<void>;
}

/**
 * Runs one use case on an account as a read-modify-write: the account is read, the
 * clock-driven transitions are applied first (ACC-5, lazily — no background job), the step
 * decides on that state, and the result is written with the version read (S-15). A write
 * that meets a newer version is retried from the read (at most the policy's `conflictRetries`
 * times), so concurrent calls each decide on fresh state and nothing is lost. The write and its
 * journal entries are one unit (`ctx.units`): on a backend with a unit of work they commit
 * together or not at all.
 *
 * @example
 * ```ts
 * await runAccountStep(ctx, accountId, accountParty(accountId), async (account, now) => ({
 *   result: ok(undefined),
 *   account: { ...account, lastLoginAt: now, updatedAt: now },
 *   journal: [{ action: 'auth.password_changed' }],
 * }));
 * ```
 */
export async function runAccountStep<T>(
  ctx: AccountContext,
  accountId: string,
  actor: JournalParty,
  step: (account: Stored<AccountRecord>, now: number) => Promise<StepOutcome<T>>,
): Promise<Result<T, AccountIssueCode>> {
  for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
    const stored = await ctx.stores.accounts.get(accountId);
    if (stored === undefined) return fail(issue('account.not_found', []));
    const now = ctx.clock.now();
    const advanced = advanceAccount(stored, now);
    const outcome = await step({ ...advanced.account, version: stored.version }, now);
    const next =
      outcome.account ?? (advanced.transitions.length > 0 ? advanced.account : undefined);
    const entries = outcome.journal ?? [];
    if (next === undefined && entries.length === 0) {
      if (outcome.after !== undefined) await outcome.after(stored);
      return outcome.result;
    }
    let written: Stored<AccountRecord>;
    try {
      // The write and its entries commit together (on a backend with a unit of work: S-14, AUD-1).
      written = await ctx.units.run(async (unit) => {
        let result = stored;
        if (next !== undefined) {
          const { version: _v, ...plain } = next as Stored<AccountRecord>;
          result = await unit
            .versioned<AccountRecord>(ACCOUNT_COLLECTIONS.accounts)
            .update(plain, stored.version, { uniqueKeys: accountKeys(plain) });
        }
        await journalClock(unit, accountId, advanced.transitions);
        for (const entry of entries) {
          await unit.append({
            actor: entry.actor ?? actor,
            action: entry.action,
            subject: accountParty(accountId),
            ...(entry.payload === undefined ? {} : { payload: entry.payload }),
          });
        }
        return result;
      });
    } catch (error) {
      if (!isConflict(error)) throw error;
      // The journal's data key of the account changed under the unit (an erasure): run it again.
      if (isJournalKeyConflict(error)) continue;
      const current = await ctx.stores.accounts.get(accountId);
      // Same version: the write lost on a unique key (a phone or e-mail another account owns).
      if (current !== undefined && current.version === stored.version)
        return fail(issue('contact.unavailable', []));
      continue;
    }
    if (outcome.after !== undefined) await outcome.after(written);
    return outcome.result;
  }
  throw new KabinetError(
    'ERR_CONFLICT',
    `account ${accountId} kept changing; gave up after ${ctx.policy.conflictRetries} retries`,
  );
}

/**
 * Whether a unit failed because the subject's journal data key changed under it (nothing was kept).
 *
 * @example
 * ```ts
 * try { await step(); } catch (error) { if (isJournalKeyConflict(error)) retry(); }
 * ```
 */
export function isJournalKeyConflict(error: unknown): boolean {
  return ConflictError.isInstance(error) && error.entity === 'journal-subject-key';
}

/**
 * Journals the clock-driven transitions of one read (actor: the system clock) in a unit.
 *
 * @example
 * ```ts
 * await ctx.units.run((unit) => journalClock(unit, accountId, advanced.transitions));
 * ```
 */
export async function journalClock(
  unit: Pick<JournaledUnit, 'append'>,
  accountId: string,
  transitions: readonly AppliedTransition[],
): Promise<void> {
  if (transitions.length === 0) return;
  await unit.append({
    actor: SYSTEM_CLOCK,
    action: 'account.deadline_passed',
    subject: accountParty(accountId),
    payload: { transitions: transitions.map((t) => ({ ...t })) },
  });
}

/**
 * Reads an account with its clock-driven transitions applied and persisted (ACC-5), or
 * `undefined` when it does not exist.
 *
 * @example
 * ```ts
 * const account = await loadAccount(ctx, auth.accountId);
 * if (account === undefined) return fail(issue('session.invalid', []));
 * ```
 */
export async function loadAccount(
  ctx: AccountContext,
  accountId: string,
): Promise<Stored<AccountRecord> | undefined> {
  let loaded: Stored<AccountRecord> | undefined;
  const r = await runAccountStep(ctx, accountId, SYSTEM_CLOCK, async (account) => {
    loaded = account;
    return { result: { success: true, data: undefined } };
  });
  return r.success ? loaded : undefined;
}
