/**
 * The account policy: every domain number as a field, the domain defaults and a stricter preset.
 *
 * @example
 * ```ts
 * import { defaultAccountPolicy, strictAccountPolicy } from '@kabinet/account/policy';
 * ```
 *
 * @module @kabinet/account/policy
 */
export type { AccountPolicy, RequiredDocuments } from './account-policy.js';
export { defaultAccountPolicy } from './default-account-policy.js';
export { strictAccountPolicy } from './strict-account-policy.js';
export { defineAccountPolicy } from './define-account-policy.js';
