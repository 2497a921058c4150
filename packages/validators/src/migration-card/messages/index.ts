/**
 * The ru/en messages of the migration card checks (`@kabinet/validators/migration-card`), on
 * their own so a form pays only for the messages of its fields.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * import { parseMigrationCard } from '@kabinet/validators/migration-card';
 * const r = parseMigrationCard('12');
 * if (!r.success) renderIssue(r.issues[0]!, 'en', migrationCardMessages);
 * // 'Wrong migration card series and number: 6 to 20 characters, 2 entered'
 * ```
 *
 * @module @kabinet/validators/migration-card/messages
 */
export { migrationCardMessages } from './migration-card-messages.js';
