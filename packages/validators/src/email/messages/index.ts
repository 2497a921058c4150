/**
 * The ru/en messages of the e-mail checks (`@kabinet/validators/email`), on their own so a form
 * pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseEmail } from '@kabinet/validators/email';
 * const r = parseEmail('ivan.example.com');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', emailMessages);
 * // 'Wrong e-mail format: the "@" sign is missing'
 * ```
 *
 * @module @kabinet/validators/email/messages
 */
export { emailMessages } from './email-messages.js';
