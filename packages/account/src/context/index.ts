/**
 * The shared context of the account services: ports, lower services, keys, clock and policy
 * checked once; the caller's {@link AuthContext}; the tokens a login hands out.
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * ```
 *
 * @module @kabinet/account/context
 */
export type {
  AccountContext,
  AccountContextConfig,
  AccountPorts,
  AccountStores,
  SecurityNoticeSink,
  TokenSettings,
} from './account-context.js';
export type { CodeSent } from './code-sent.js';
export type { AuthContext, RequestMeta, TokenPair } from './auth-context.js';
export { createAccountServices, type AccountServices } from './create-account-services.js';
export { ACCOUNT_COLLECTIONS } from './account-collections.js';
