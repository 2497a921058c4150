/**
 * The ru/en messages of the visa checks (`@kabinet/validators/visa`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseVisa } from '@kabinet/validators/visa';
 * const r = parseVisa({ number: '123456789', validFrom: '01.01.2026', validUntil: '31.12.2025' });
 * if (!r.success) renderIssue(r.issues[0]!, 'en', visaMessages);
 * // 'The expiry date cannot be before the date of issue'
 * ```
 *
 * @module @kabinet/validators/visa/messages
 */
export { visaMessages } from './visa-messages.js';
