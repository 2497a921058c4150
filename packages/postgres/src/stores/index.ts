/**
 * Every Kabinet store over one PostgreSQL database, as a `StoreBackend`.
 *
 * @example
 * ```ts
 * import { createPostgresStores } from '@kabinet/postgres/stores';
 * ```
 *
 * @module @kabinet/postgres/stores
 */
export { createPostgresStores, type PostgresStoresOptions } from './create-postgres-stores.js';
