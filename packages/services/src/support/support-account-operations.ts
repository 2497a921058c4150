import type { Result } from '@kabinet/core';

/**
 * The account's support operations a request can carry out (ACC-8, ACC-9), as a port:
 * `@kabinet/services` does not depend on `@kabinet/account` (they are siblings); `createKabinet`
 * adapts `kabinet.support.unblock` / `restoreAccess` to it, with the ticket number in the
 * reason so the account's own journal points back at the request. `AccountCode` is the issue codes
 * a refused operation answers with (`AccountIssueCode` for the account's own service); they pass
 * through `actOnAccount` unchanged.
 *
 * @example
 * ```ts
 * const accountOperations: SupportAccountOperations = {
 *   unblock: (operatorId, accountId, reason) => kabinet.support.unblock({ operatorId }, { accountId, reason }),
 *   restoreAccess: (operatorId, accountId) => kabinet.support.restoreAccess({ operatorId }, { accountId }),
 * };
 * ```
 */
export interface SupportAccountOperations<AccountCode extends string = string> {
  /** Lifts a lock or a block of the account (ACC-8). */
  unblock(
    operatorId: string,
    accountId: string,
    reason: string,
  ): Promise<Result<unknown, AccountCode>>;
  /** Starts restoring access: a recovery token goes to the registered phone (ACC-9). */
  restoreAccess(operatorId: string, accountId: string): Promise<Result<unknown, AccountCode>>;
}
