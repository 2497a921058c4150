import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { snilsEn } from '../../locales/en/snils.js';
import { snilsRu } from '../../locales/ru/snils.js';

/**
 * Russian and English messages of every code `@kabinet/validators/snils` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseSnils } from '@kabinet/validators/snils';
 * const r = parseSnils('112-233-445 96');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', snilsMessages);
 * // 'Неверное контрольное число СНИЛС: ожидалось 95, введено 96'
 * ```
 */
export const snilsMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: snilsRu,
  en: snilsEn,
});
