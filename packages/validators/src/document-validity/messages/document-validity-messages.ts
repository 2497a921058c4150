import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { documentValidityEn } from '../../locales/en/document-validity.js';
import { documentValidityRu } from '../../locales/ru/document-validity.js';

/**
 * Russian and English messages of every code `@kabinet/validators/document-validity` returns
 * (DOC-11). The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back
 * to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkPassportValidity } from '@kabinet/validators/document-validity';
 * const r = checkPassportValidity('30.06.2026', '01.01.2026');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', documentValidityMessages);
 * // 'Документ должен быть действителен ещё не менее 6 месяцев — до 01.07.2026; срок действия истекает 30.06.2026'
 * ```
 */
export const documentValidityMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: documentValidityRu,
  en: documentValidityEn,
});
