/**
 * Migration card (миграционная карта) series and number, checked softly: its exact shape is
 * not confirmed, so an unusual one is a warning (DOC-7).
 *
 * @example
 * ```ts
 * import { parseMigrationCard } from '@kabinet/validators/migration-card';
 * parseMigrationCard('4012 3057841');
 * ```
 *
 * @module @kabinet/validators/migration-card
 */
export {
  parseMigrationCard,
  type MigrationCardNumber,
  type ParseMigrationCardOptions,
} from './parse-migration-card.js';
export { isMigrationCard } from './is-migration-card.js';
export { formatMigrationCard } from './format-migration-card.js';
export { migrationCardSchema } from './migration-card-schema.js';
