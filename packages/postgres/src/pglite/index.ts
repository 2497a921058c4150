/**
 * The embedded PostgreSQL (PGlite) for zero-install, single-process use.
 *
 * @example
 * ```ts
 * import { openEmbeddedPostgres } from '@kabinet/postgres/pglite';
 * ```
 *
 * @module @kabinet/postgres/pglite
 */
export {
  openEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './open-embedded-postgres.js';
