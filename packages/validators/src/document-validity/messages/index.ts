/**
 * The ru/en messages of the document validity checks (`@kabinet/validators/document-validity`),
 * on their own so a form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkPassportValidity } from '@kabinet/validators/document-validity';
 * const r = checkPassportValidity('30.06.2026', '01.01.2026');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', documentValidityMessages);
 * // 'Документ должен быть действителен ещё не менее 6 месяцев — до 01.07.2026; срок действия истекает 30.06.2026'
 * ```
 *
 * @module @kabinet/validators/document-validity/messages
 */
export { documentValidityMessages } from './document-validity-messages.js';
