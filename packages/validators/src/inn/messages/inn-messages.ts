import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { innEn } from '../../locales/en/inn.js';
import { innRu } from '../../locales/ru/inn.js';

/**
 * Russian and English messages of every code `@kabinet/validators/inn` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseInn } from '@kabinet/validators/inn';
 * const r = parseInn('7707083894');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', innMessages);
 * // 'Wrong INN: the check digit at position 10 must be 3'
 * ```
 */
export const innMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: innRu,
  en: innEn,
});
