/**
 * PostgreSQL adapters for every Kabinet store port.
 *
 * @example
 * ```ts
 * import { createPostgresStores } from '@kabinet/postgres';
 * ```
 *
 * @module @kabinet/postgres
 */
export {};
