/**
 * SNILS (СНИЛС), the Russian pension-insurance number: parse, check, format and a zod schema
 * (DOC-5).
 *
 * @example
 * ```ts
 * import { parseSnils, formatSnils } from '@kabinet/validators/snils';
 * const r = parseSnils('112 233 445 95');
 * if (r.success) formatSnils(r.data); // '112-233-445 95'
 * ```
 *
 * @module @kabinet/validators/snils
 */
export { parseSnils, type Snils, type ParseSnilsOptions } from './parse-snils.js';
export { isSnils } from './is-snils.js';
export { formatSnils } from './format-snils.js';
export { snilsSchema } from './snils-schema.js';
