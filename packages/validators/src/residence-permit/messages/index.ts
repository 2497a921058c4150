/**
 * The ru/en messages of the residence permit (ВНЖ, РВП) checks
 * (`@kabinet/validators/residence-permit`), on their own so a form pays only for the messages
 * of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseResidencePermit } from '@kabinet/validators/residence-permit';
 * const r = parseResidencePermit({ number: '821234567', issueDate: '15.03.2021', expiryDate: '14.03.2021' });
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', residencePermitMessages);
 * // 'Срок действия не может заканчиваться раньше даты выдачи'
 * ```
 *
 * @module @kabinet/validators/residence-permit/messages
 */
export { residencePermitMessages } from './residence-permit-messages.js';
