/**
 * The account: its state machines, registration with drafts, contacts, identity
 * confirmation, login with two factors, sessions and personal-data encryption.
 *
 * @example
 * ```ts
 * import { accountLevelMachine } from '@kabinet/account';
 * accountLevelMachine.can('simplified', 'documents_verified'); // true
 * ```
 *
 * @module @kabinet/account
 */
export * from './machine/index.js';
export * from './password/index.js';
export * from './crypto/index.js';
export * from './tokens/index.js';
