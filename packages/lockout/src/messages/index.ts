/**
 * The message catalogue of `@kabinet/lockout` (ru/en).
 *
 * @module @kabinet/lockout/messages
 */
export { lockoutMessages, type LockoutMessageCode } from './lockout-messages.js';
