import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { documentValidityEn } from '../../locales/en/document-validity.js';
import { visaEn } from '../../locales/en/visa.js';
import { documentValidityRu } from '../../locales/ru/document-validity.js';
import { visaRu } from '../../locales/ru/visa.js';

/**
 * Russian and English messages of every code `@kabinet/validators/visa` returns (DOC-11). With
 * the `document.*` codes of the dates and validity checks `parseVisa` runs. The generic
 * `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseVisa } from '@kabinet/validators/visa';
 * const r = parseVisa({ number: '123456789', validFrom: '01.01.2026', validUntil: '31.12.2025' });
 * if (!r.success) renderIssue(r.issues[0]!, 'en', visaMessages);
 * // 'The expiry date cannot be before the date of issue'
 * ```
 */
export const visaMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: { ...visaRu, ...documentValidityRu },
  en: { ...visaEn, ...documentValidityEn },
});
