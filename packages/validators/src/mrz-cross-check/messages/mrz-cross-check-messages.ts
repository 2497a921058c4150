import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { mrzEn } from '../../locales/en/mrz.js';
import { mrzRu } from '../../locales/ru/mrz.js';

/**
 * Russian and English messages of every code `@kabinet/validators/mrz-cross-check` returns
 * (DOC-11): `mrz.mismatch` and `mrz.name_transliteration`, with the other `mrz.*` codes of
 * the same locale module. The generic `input.*` codes are in `coreMessages`, which
 * `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { crossCheckMrz } from '@kabinet/validators/mrz-cross-check';
 * const r = crossCheckMrz(mrz, { surname: 'Eriksson', birthDate: '12.08.1974' });
 * if (!r.success) r.issues.map((i) => renderIssue(i, 'ru', mrzCrossCheckMessages));
 * ```
 */
export const mrzCrossCheckMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: mrzRu,
  en: mrzEn,
});
