/**
 * Support operations: unblock, block, restore access, and the operator steps of the
 * registered-mail, video and in-person confirmations (ACC-7, ACC-8, ACC-9).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { SupportService } from '@kabinet/account/support';
 * const support: SupportService = createAccountServices(config).support;
 * ```
 *
 * @module @kabinet/account/support
 */
export type {
  SupportService,
  SupportAccountView,
  OperatorContext,
  LockView,
  LetterDispatch,
  AccessRestoreStarted,
} from './create-support-service.js';
export { supportInputSchemas, type SupportInput } from './support-input-schemas.js';
