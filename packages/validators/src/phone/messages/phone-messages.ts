import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { phoneEn } from '../../locales/en/phone.js';
import { phoneRu } from '../../locales/ru/phone.js';

/**
 * Russian and English messages of every code `@kabinet/validators/phone` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parsePhone } from '@kabinet/validators/phone';
 * const r = parsePhone('+7 912 345 67 8');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', phoneMessages);
 * // 'Неверный телефон: не хватает цифр'
 * ```
 */
export const phoneMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: phoneRu,
  en: phoneEn,
});
