import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { nameEn } from '../../locales/en/name.js';
import { nameRu } from '../../locales/ru/name.js';

/**
 * Russian and English messages of every code `@kabinet/validators/name` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseName } from '@kabinet/validators/name';
 * const r = parseName('Анна2');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', nameMessages);
 * // 'Недопустимый символ «2»: допускаются буквы, пробел, дефис и апостроф'
 * ```
 */
export const nameMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: nameRu,
  en: nameEn,
});
