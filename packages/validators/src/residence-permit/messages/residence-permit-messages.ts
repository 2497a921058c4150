import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { documentValidityEn } from '../../locales/en/document-validity.js';
import { residencePermitEn } from '../../locales/en/residence-permit.js';
import { documentValidityRu } from '../../locales/ru/document-validity.js';
import { residencePermitRu } from '../../locales/ru/residence-permit.js';

/**
 * Russian and English messages of every code `@kabinet/validators/residence-permit` returns
 * (DOC-11). With the `document.*` codes of the dates and validity checks these parsers run. The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseResidencePermit } from '@kabinet/validators/residence-permit';
 * const r = parseResidencePermit({ number: '821234567', issueDate: '15.03.2021', expiryDate: '14.03.2021' });
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', residencePermitMessages);
 * // 'Срок действия не может заканчиваться раньше даты выдачи'
 * ```
 */
export const residencePermitMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: { ...residencePermitRu, ...documentValidityRu },
  en: { ...residencePermitEn, ...documentValidityEn },
});
