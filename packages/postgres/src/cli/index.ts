/**
 * The `kabinet-postgres` command line (`migrate`, `status`, `sweep`).
 *
 * @example
 * ```ts
 * import { runPostgresCli } from '@kabinet/postgres/cli';
 * ```
 *
 * @module @kabinet/postgres/cli
 */
export { runPostgresCli, type CliIo } from './run-postgres-cli.js';
