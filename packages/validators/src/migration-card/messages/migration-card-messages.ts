import { defineCatalogue, type MessageCatalogue } from '@kabinet/core/messages';
import { migrationCardEn } from '../../locales/en/migration-card.js';
import { migrationCardRu } from '../../locales/ru/migration-card.js';

/**
 * Russian and English messages of every code `@kabinet/validators/migration-card` returns
 * (DOC-11). The generic `input.*` codes are in `coreMessages`, which `renderIssue` falls back
 * to.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseMigrationCard } from '@kabinet/validators/migration-card';
 * const r = parseMigrationCard('12');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', migrationCardMessages);
 * // 'Wrong migration card series and number: 6 to 20 characters, 2 entered'
 * ```
 */
export const migrationCardMessages: MessageCatalogue = /* @__PURE__ */ defineCatalogue({
  ru: migrationCardRu,
  en: migrationCardEn,
});
