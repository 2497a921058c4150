import { issue, type Issue } from '@kabinet/core';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/** The issue codes a flow answers a one-time code that did not verify with. */
export interface CodeIssueCodes {
  /** The code was tested and wrong (counted toward the OTP-3 block). */
  readonly wrong: AccountIssueCode;
  /** There is no live code for this session: ask for a new one. */
  readonly expired: AccountIssueCode;
  /** The challenge's own attempt cap is reached: ask for a new one (not a timed block). */
  readonly exhausted: AccountIssueCode;
}

/** The `auth.*` codes: registration, contacts, login, unlock. */
export const AUTH_CODE_ISSUES: CodeIssueCodes = {
  wrong: 'auth.code_wrong',
  expired: 'auth.code_expired',
  exhausted: 'auth.code_exhausted',
};

/**
 * The one mapping of a one-time-code verdict to the issue the user sees, for every flow that
 * checks a code (registration, contacts, login, unlock, identity):
 * - `wrong` (and a replayed TOTP code, S-6) → `wrong`: the code was tested;
 * - `locked` → `exhausted`: the challenge's attempt cap, ask for a new code;
 * - `wrong_session` → `expired`: the code belongs to another session (OTP-2), so this session
 *   has no live code and the only way on is a new one. It is not answered as wrong: no code was
 *   tested, nothing was counted (lockout judges it neutral, S-4), and retyping the right code
 *   could never succeed;
 * - `expired`, `used`, `not_found` and anything else → `expired`.
 *
 * The wait after a wrong code (OTP-3) is not decided here: `guardCode` answers
 * `auth.code_blocked` with the wait the lockout policy in force gives (`code.blockMs`).
 *
 * @param outcome - the verdict's `outcome`
 * @param codes - the flow's issue codes (default: the `auth.*` ones)
 * @returns the issue, on the path `code`
 * @example
 * ```ts
 * codeOutcomeIssue('wrong_session'); // { code: 'auth.code_expired', path: ['code'] }
 * ```
 */
export function codeOutcomeIssue(
  outcome: string,
  codes: CodeIssueCodes = AUTH_CODE_ISSUES,
): Issue<AccountIssueCode> {
  if (outcome === 'wrong' || outcome === 'replayed') return issue(codes.wrong, ['code']);
  if (outcome === 'locked') return issue(codes.exhausted, ['code']);
  return issue(codes.expired, ['code']);
}
