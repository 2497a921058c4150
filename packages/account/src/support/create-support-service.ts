import type { AccountContext } from '../context/account-context.js';
import type { CheckView } from '../identity/identity-views.js';
import { disableAccount } from './disable-account.js';
import { dispatchLetter } from './dispatch-letter.js';
import { getSupportAccount } from './get-support-account.js';
import { restoreAccess } from './restore-access.js';
import type { SupportInput } from './support-input-schemas.js';
import type {
  AccessRestoreStarted,
  LetterDispatch,
  OperatorContext,
  SupportAccountView,
} from './support-views.js';
import { unblockAccount } from './unblock-account.js';
import { verifyInPerson } from './verify-in-person.js';
import { verifyVideo } from './verify-video.js';
import type { AccountResult } from '../messages/account-result.js';

export type {
  AccessRestoreStarted,
  LetterDispatch,
  LockView,
  OperatorContext,
  SupportAccountView,
} from './support-views.js';

/** Support operations, every one journaled with the operator as actor (ACC-8, ACC-9, ACC-7 operator steps). */
export interface SupportService {
  /** The account `{ accountId }` as support sees it. */
  account(
    operator: OperatorContext,
    input: SupportInput<'account'>,
  ): Promise<AccountResult<SupportAccountView>>;
  /** Lifts a lock or a block `{ accountId, reason? }` (ACC-8): the lockout counters too; open clarifications apply again. */
  unblock(
    operator: OperatorContext,
    input: SupportInput<'unblock'>,
  ): Promise<AccountResult<SupportAccountView>>;
  /** Blocks an account `{ accountId, reason }`: every session ends. */
  block(
    operator: OperatorContext,
    input: SupportInput<'block'>,
  ): Promise<AccountResult<SupportAccountView>>;
  /** Closes an account for good `{ accountId, reason }` (on the holder's request): every session ends; `closed` is final. */
  close(
    operator: OperatorContext,
    input: SupportInput<'block'>,
  ): Promise<AccountResult<SupportAccountView>>;
  /**
   * Restores access `{ accountId }` (ACC-9): lifts a lock and sends a one-time recovery
   * token by SMS to the registered phone; the holder sets a new password with
   * `auth.recoverAccess`. The token is never the password (ASVS 6.4.1).
   */
  restoreAccess(
    operator: OperatorContext,
    input: SupportInput<'account'>,
  ): Promise<AccountResult<AccessRestoreStarted>>;
  /** Registered mail (ACC-7): records the dispatch `{ accountId, checkId, trackingNumber }` and returns the code to print in the letter. */
  dispatchLetter(
    operator: OperatorContext,
    input: SupportInput<'dispatchLetter'>,
  ): Promise<AccountResult<LetterDispatch>>;
  /** Video call (ACC-7): the operator confirms the person `{ accountId, checkId }`; the registry check follows. */
  verifyVideo(
    operator: OperatorContext,
    input: SupportInput<'verifyVideo'>,
  ): Promise<AccountResult<CheckView>>;
  /** In person at a service centre (ACC-7): the operator enters `{ accountId, serviceCentreId }`; an activation link goes by SMS. */
  verifyInPerson(
    operator: OperatorContext,
    input: SupportInput<'verifyInPerson'>,
  ): Promise<AccountResult<CheckView>>;
}

/**
 * Creates the support service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const support = createSupportService(ctx);
 * await support.unblock({ operatorId: 'op_17' }, { accountId, reason: 'identity checked by phone' });
 * ```
 */
export function createSupportService(ctx: AccountContext): SupportService {
  return {
    account: (operator, input) => getSupportAccount(ctx, operator, input),
    unblock: (operator, input) => unblockAccount(ctx, operator, input),
    block: (operator, input) => disableAccount(ctx, operator, input, 'block'),
    close: (operator, input) => disableAccount(ctx, operator, input, 'close'),
    restoreAccess: (operator, input) => restoreAccess(ctx, operator, input),
    dispatchLetter: (operator, input) => dispatchLetter(ctx, operator, input),
    verifyVideo: (operator, input) => verifyVideo(ctx, operator, input),
    verifyInPerson: (operator, input) => verifyInPerson(ctx, operator, input),
  };
}
