import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { dateEn } from '../../locales/en/date.js';
import { dateRu } from '../../locales/ru/date.js';

/**
 * Russian and English messages of every code `@kabinet/validators/date` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseDate } from '@kabinet/validators/date';
 * const r = parseDate('31.04.2024');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', dateMessages);
 * // 'Неверная дата: в этом месяце нет такого дня'
 * ```
 */
export const dateMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: dateRu,
  en: dateEn,
});
