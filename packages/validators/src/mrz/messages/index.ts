/**
 * The ru/en messages of the MRZ checks (`@kabinet/validators/mrz`), on their own so a form pays
 * only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseMrz } from '@kabinet/validators/mrz';
 * const r = parseMrz('P<UTOERIKSSON<<ANNA');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', mrzMessages);
 * // 'Неверный формат машиночитаемой зоны: строк 1, длины 19'
 * ```
 *
 * @module @kabinet/validators/mrz/messages
 */
export { mrzMessages } from './mrz-messages.js';
