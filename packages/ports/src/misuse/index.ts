/**
 * Misuse of a port: the one way every adapter and checker reports a call that breaks the
 * port's contract (`KabinetError` `ERR_INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * import { invalidArgument } from '@kabinet/ports/misuse';
 * invalidArgument('prefix must be a string without { or }');
 * ```
 *
 * @module @kabinet/ports/misuse
 */
export { invalidArgument } from './invalid-argument.js';
