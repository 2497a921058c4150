import { issue, type Issue } from '@kabinet/core';
import type { PasswordOutcome } from '@kabinet/lockout';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** A password attempt lockout did not let through. */
export type RefusedPassword = Exclude<PasswordOutcome, { readonly kind: 'allowed' }>;

/** The codes a flow answers a wrong password (or a locked account) with. */
export type WrongPasswordCode = Extract<
  AccountIssueCode,
  'auth.invalid_credentials' | 'auth.wrong_password'
>;

/**
 * The one translation of a refused password attempt into the public issue, for every flow that
 * checks a password (login, re-authentication, password change):
 * - `retry_later` → `auth.retry_later` with the exact `seconds` to wait (HTTP 429, `Retry-After`);
 * - `wrong_password` and `locked` → `wrong`, one answer for both (S-8): `auth.invalid_credentials`
 *   by default; a signed-in flow may name its field (`auth.wrong_password` at `currentPassword`).
 *
 * @param outcome - the refused attempt's outcome
 * @param wrong - the issue for a wrong password or a locked account
 * @returns the issue to answer with
 */
export function passwordRefusal(
  outcome: RefusedPassword,
  wrong: Issue<WrongPasswordCode> = issue('auth.invalid_credentials', []),
): Issue<WrongPasswordCode | 'auth.retry_later'> {
  if (outcome.kind === 'retry_later')
    return issue('auth.retry_later', [], {
      seconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)),
    });
  return wrong;
}
