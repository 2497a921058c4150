/**
 * Support operations: unblock, block, restore access, and the operator steps of the
 * registered-mail, video and in-person confirmations (ACC-7, ACC-8, ACC-9).
 *
 * @example
 * ```ts
 * import { createSupportService } from '@kabinet/account/support';
 * ```
 *
 * @module @kabinet/account/support
 */
export {
  createSupportService,
  type SupportService,
  type SupportAccountView,
  type OperatorContext,
  type LockView,
  type LetterDispatch,
  type AccessRestoreStarted,
} from './create-support-service.js';
export { supportInputSchemas } from './support-input-schemas.js';
