/**
 * Identity: documents and the registry check for the standard level, the confirmation
 * methods for the confirmed level, clarification requests with their 48-hour deadline
 * (ACC-2, ACC-5 … ACC-7).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { IdentityService } from '@kabinet/account/identity';
 * const identity: IdentityService = createAccountServices(config).identity;
 * ```
 *
 * @module @kabinet/account/identity
 */
export type { IdentityService } from './create-identity-service.js';
export type { CheckView, IdentityView, DocumentView, ClarificationView } from './identity-views.js';
export { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
export { scanInputSchema, type ScanInput } from './scan-input.js';
