import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { mrzEn } from '../../locales/en/mrz.js';
import { mrzRu } from '../../locales/ru/mrz.js';

/**
 * Russian and English messages of every code `@kabinet/validators/mrz` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseMrz } from '@kabinet/validators/mrz';
 * const r = parseMrz('P<UTOERIKSSON<<ANNA');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', mrzMessages);
 * // 'Неверный формат машиночитаемой зоны: строк 1, длины 19'
 * ```
 */
export const mrzMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: mrzRu,
  en: mrzEn,
});
