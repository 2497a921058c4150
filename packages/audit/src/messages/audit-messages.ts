import {
  coreMessages,
  defineCatalogue,
  mergeCatalogues,
  type MessageCatalogue,
} from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages for every issue code of `@kabinet/audit` (append input,
 * checkpoints, verification, restore) and labels `audit.action.<action>` for the actions of
 * the catalogue (for the user's history of actions, AUD-2).
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * const report = await journal.verify(trusted);
 * if (report.issue) renderIssue(report.issue, 'ru', auditMessages);
 * ```
 */
export const auditMessages: MessageCatalogue = mergeCatalogues(
  coreMessages,
  defineCatalogue({ ru, en }),
);

/**
 * Every message code `@kabinet/audit` defines.
 *
 * @useDeclaredType
 */
export type AuditMessageCode = keyof typeof ru;
