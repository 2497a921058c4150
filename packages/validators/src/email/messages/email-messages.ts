import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { emailEn } from '../../locales/en/email.js';
import { emailRu } from '../../locales/ru/email.js';

/**
 * Russian and English messages of every code `@kabinet/validators/email` returns (DOC-11). The
 * generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseEmail } from '@kabinet/validators/email';
 * const r = parseEmail('ivan.example.com');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', emailMessages);
 * // 'Wrong e-mail format: the "@" sign is missing'
 * ```
 */
export const emailMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: emailRu,
  en: emailEn,
});
