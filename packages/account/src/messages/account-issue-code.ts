import type { OtpIssueCode } from '@kabinet/otp';
import type { ValidatorIssueCode } from '@kabinet/validators';
import type { AccountMessageCode } from './account-messages.js';

/**
 * Every issue code the account services' results carry: the catalogue's own codes (`auth.*`,
 * `registration.*`, `contact.*`, `identity.*`, `session.*`, `document.*`, …; not the
 * `notice.*` texts, nor a policy's `account.policy.invalid`), the codes of the validators a field is checked with (`phone.*`,
 * `passport.*`, `file.*`, …, and core's `input.*` and `state.transition_not_allowed`), and the
 * codes of `@kabinet/otp` a refused code send passes through (`otp.*`). Derived from the
 * catalogues' keys, so a code without a ru/en message is not one and returning it fails to
 * compile; a `switch (issue.code)` over a result narrows.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const r = await kabinet.auth.login({ login, password });
 * if (!r.success && r.issues[0]?.code === 'auth.retry_later') showWait(r.issues[0].params);
 * ```
 */
export type AccountIssueCode =
  | Exclude<AccountMessageCode, `notice.${string}` | 'account.policy.invalid'>
  | ValidatorIssueCode
  | OtpIssueCode;
