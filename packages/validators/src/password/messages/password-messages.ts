import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { passwordEn } from '../../locales/en/password.js';
import { passwordRu } from '../../locales/ru/password.js';

/**
 * Russian and English messages of every code `@kabinet/validators/password` returns (DOC-11).
 * The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * const r = checkPassword('P@ssw0rd!', passwordPolicies.portal);
 * if (!r.success) renderIssue(r.issues[0]!, 'ru', passwordMessages);
 * // 'Этот пароль слишком распространён и легко угадывается: придумайте другой'
 * ```
 */
export const passwordMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: passwordRu,
  en: passwordEn,
});
