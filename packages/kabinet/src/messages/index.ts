/**
 * The merged message catalogue of every package.
 *
 * @example
 * ```ts
 * import { kabinetMessages } from 'kabinet/messages';
 * ```
 *
 * @module kabinet/messages
 */
export { kabinetMessages } from './kabinet-messages.js';
