import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { fileEn } from '../../locales/en/file.js';
import { fileRu } from '../../locales/ru/file.js';

/**
 * Russian and English messages of every code `@kabinet/validators/file` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkFile, filePolicies } from '@kabinet/validators/file';
 * const r = await checkFile(new Uint8Array(0), filePolicies.document);
 * if (!r.success) renderIssue(r.issues[0]!, 'en', fileMessages);
 * // 'The file is empty'
 * ```
 */
export const fileMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: fileRu,
  en: fileEn,
});
