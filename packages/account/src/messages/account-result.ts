import type { Result } from '@kabinet/core';
import type { AccountIssueCode } from './account-issue-code.js';

/**
 * What an account service method answers (in a promise): its data, or issues whose codes are
 * {@link AccountIssueCode}, so `switch (issue.code)` narrows.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const step: AccountResult<LoginResult> = await kabinet.auth.login({ login, password });
 * ```
 */
export type AccountResult<T> = Result<T, AccountIssueCode>;
