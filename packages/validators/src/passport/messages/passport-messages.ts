import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { passportEn } from '../../locales/en/passport.js';
import { passportRu } from '../../locales/ru/passport.js';

/**
 * Russian and English messages of every code `@kabinet/validators/passport` returns (DOC-11).
 * The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseRussianPassport } from '@kabinet/validators/passport';
 * const r = parseRussianPassport('45 10 12345');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', passportMessages);
 * // 'Неверный формат номера паспорта: нужно 10 цифр, введено 9'
 * ```
 */
export const passportMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: passportRu,
  en: passportEn,
});
