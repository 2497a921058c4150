import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { addressEn } from '../../locales/en/address.js';
import { addressRu } from '../../locales/ru/address.js';

/**
 * Russian and English messages of every code `@kabinet/validators/address` returns (DOC-11).
 * The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parsePostalIndex } from '@kabinet/validators/address';
 * const r = parsePostalIndex('12345');
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', addressMessages);
 * // 'Неверный формат почтового индекса: нужно 6 цифр'
 * ```
 */
export const addressMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: addressRu,
  en: addressEn,
});
