import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import { IDENTITY_CHECK_STATES, type AccountRecord } from '@kabinet/ports';
import type { CodeIssueCodes } from '../../_lib/code-outcome.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** The states of a check still in progress. */
export const OPEN: ReadonlySet<string> = new Set(
  IDENTITY_CHECK_STATES.filter((s) => s !== 'confirmed' && s !== 'cancelled'),
);

/** Identity confirmation answers a failed code in its own namespace (no separate "exhausted": ask for a new code). */
export const IDENTITY_CODE_ISSUES: CodeIssueCodes = {
  wrong: 'identity.wrong_code',
  expired: 'identity.code_expired',
  exhausted: 'identity.code_expired',
};

/** A confirmation for the confirmed level needs the standard level and no other open confirmation (ACC-7). */
export function requireStandard(account: AccountRecord): Result<undefined, AccountIssueCode> {
  if (account.level === 'confirmed') return fail(issue('identity.already_confirmed', []));
  if (account.level !== 'standard')
    return fail(issue('identity.level_required', [], { level: 'standard' }));
  if (account.identityChecks.some((c) => c.kind !== 'documents' && OPEN.has(c.state)))
    return fail(issue('identity.check_open', []));
  return ok(undefined);
}

/** Moves an evidence reader's issues under `evidence`. */
export function prefixEvidence<C extends string>(issues: readonly Issue<C>[]): Issue<C>[] {
  return issues.map((i) => ({ ...i, path: ['evidence', ...i.path] }));
}
