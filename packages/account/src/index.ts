/**
 * The account: its state machines, registration with drafts, contacts, identity
 * confirmation, login with two factors, sessions, support operations and personal-data
 * encryption — services over ports, every step journaled and every input checked.
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account';
 * const { registration, auth } = createAccountServices(config);
 * ```
 *
 * @module @kabinet/account
 */
export * from './machine/index.js';
export * from './policy/index.js';
export * from './password/index.js';
export * from './crypto/index.js';
export * from './tokens/index.js';
export * from './context/index.js';
export * from './registration/index.js';
export * from './contacts/index.js';
export * from './identity/index.js';
export * from './auth/index.js';
export * from './sessions/index.js';
export * from './support/index.js';
export * from './maintenance/index.js';
export * from './messages/index.js';
