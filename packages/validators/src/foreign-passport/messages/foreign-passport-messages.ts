import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { foreignPassportEn } from '../../locales/en/foreign-passport.js';
import { foreignPassportRu } from '../../locales/ru/foreign-passport.js';

/**
 * Russian and English messages of every code `@kabinet/validators/foreign-passport` returns
 * (DOC-11). The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back
 * to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseForeignPassport } from '@kabinet/validators/foreign-passport';
 * const r = parseForeignPassport('AB#123');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', foreignPassportMessages);
 * // 'Wrong passport number format: Latin letters and digits only'
 * ```
 */
export const foreignPassportMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: foreignPassportRu,
  en: foreignPassportEn,
});
