/**
 * INN (ИНН), the Russian taxpayer number: 12 digits for persons, 10 for organisations (DOC-6).
 *
 * @example
 * ```ts
 * import { parseInn } from '@kabinet/validators/inn';
 * parseInn('5001 0073 2259'); // { success: true, data: '500100732259' }
 * ```
 *
 * @module @kabinet/validators/inn
 */
export { parseInn, type Inn, type InnKind, type ParseInnOptions } from './parse-inn.js';
export { isInn } from './is-inn.js';
export { innSchema, individualInnSchema } from './inn-schema.js';
