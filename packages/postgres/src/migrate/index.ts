/**
 * Forward-only SQL migrations shipped in the package, applied under an advisory lock and
 * recorded with checksums.
 *
 * @example
 * ```ts
 * import { migrate } from '@kabinet/postgres/migrate';
 * await migrate(pool);
 * ```
 *
 * @module @kabinet/postgres/migrate
 */
export {
  migrate,
  migrationStatus,
  type MigrateOptions,
  type MigrationReport,
  type MigrationStatus,
} from './migrate.js';
export { readMigrations, migrationsFolder, type Migration } from './read-migrations.js';
