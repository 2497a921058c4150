// The reference server's environment variables, read and checked in one place: a value that
// is malformed or contradicts another stops the start instead of being ignored.
import { join, resolve } from 'node:path';
import { KabinetError } from '@kabinet/core';

/** Where the stores live. */
export type StorageKind = 'postgres' | 'pglite' | 'memory';

/** The server's settings, from {@link readSettings}. */
export interface Settings {
  readonly port: number;
  readonly host: string;
  /** `PUBLIC_ORIGIN`, default `http://HOST:PORT`. */
  readonly origin: string;
  /** `KABINET_DEV_OUTBOX=1`. */
  readonly devOutbox: boolean;
  /** `KABINET_OPERATOR_TOKEN`. */
  readonly operatorToken?: string;
  /** `postgres` with `DATABASE_URL`; otherwise `KABINET_STORAGE` (`pglite`, the default, or `memory`). */
  readonly storage: StorageKind;
  /** `DATABASE_URL`. */
  readonly databaseUrl?: string;
  /** `KABINET_DB_SCHEMA`: the schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** `KABINET_DB_POOL_MAX`: connections per instance (default 10, at least 2: the journal sequencer holds one while it leads). */
  readonly poolMax: number;
  /** `REDIS_URL`: counters on Redis. */
  readonly redisUrl?: string;
  /** `KABINET_REDIS_PREFIX`: prefix of the counter keys (default the adapter's `kabinet:counter:`). */
  readonly redisPrefix?: string;
  /** `KABINET_DATA_DIR` (default `./.kabinet-data`), absolute. */
  readonly dataDir: string;
  /** `KABINET_KEYS_FILE` (default `$KABINET_DATA_DIR/keys.json`; required with `DATABASE_URL`), absolute. */
  readonly keysFile: string;
}

/** The storage used when neither `DATABASE_URL` nor `KABINET_STORAGE` says otherwise. */
export const DEFAULT_STORAGE: Exclude<StorageKind, 'postgres'> = 'pglite';

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

function configError(message: string): KabinetError {
  return new KabinetError('ERR_CONFIG', message);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw configError(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

/**
 * Reads the server's settings from the environment. `DATABASE_URL` selects PostgreSQL and
 * `REDIS_URL` Redis counters; without `DATABASE_URL` the stores are in an embedded PGlite under
 * `KABINET_DATA_DIR`, or in memory with `KABINET_STORAGE=memory`.
 *
 * @param env - the environment (`process.env`)
 * @param cwd - the folder relative paths start from (default `process.cwd()`)
 * @returns the settings
 * @throws `KabinetError` `ERR_CONFIG` for a malformed value or settings that contradict each other
 * @example
 * ```ts
 * const settings = readSettings(process.env);
 * ```
 */
export function readSettings(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): Settings {
  const port = integer('PORT', nonEmpty(env.PORT), 3000, 1, 65_535);
  const host = nonEmpty(env.HOST) ?? '127.0.0.1';
  const origin =
    nonEmpty(env.PUBLIC_ORIGIN) ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (!/^https?:\/\/[^/]+$/.test(origin))
    throw configError(
      `PUBLIC_ORIGIN must be an origin like https://lk.example.ru (got "${origin}")`,
    );

  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw configError('DATABASE_URL must start with postgres:// or postgresql://');
  const requested = nonEmpty(env.KABINET_STORAGE);
  if (
    requested !== undefined &&
    requested !== 'pglite' &&
    requested !== 'memory' &&
    requested !== 'postgres'
  ) {
    throw configError(`KABINET_STORAGE must be pglite or memory (got "${requested}")`);
  }
  let storage: StorageKind;
  if (databaseUrl !== undefined) {
    if (requested !== undefined && requested !== 'postgres')
      throw configError(`KABINET_STORAGE=${requested} contradicts DATABASE_URL: unset one of them`);
    storage = 'postgres';
  } else {
    if (requested === 'postgres') throw configError('KABINET_STORAGE=postgres needs DATABASE_URL');
    storage = requested ?? DEFAULT_STORAGE;
  }

  const schema = nonEmpty(env.KABINET_DB_SCHEMA);
  if (schema !== undefined && !SCHEMA.test(schema))
    throw configError(`KABINET_DB_SCHEMA must match ${SCHEMA.source} (got "${schema}")`);
  if (schema !== undefined && storage === 'memory')
    throw configError('KABINET_DB_SCHEMA has no effect with KABINET_STORAGE=memory: unset it');
  // At least 2: the journal sequencer's lease holds one connection while it leads.
  const poolMax = integer('KABINET_DB_POOL_MAX', nonEmpty(env.KABINET_DB_POOL_MAX), 10, 2, 1_000);

  const redisUrl = nonEmpty(env.REDIS_URL);
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl))
    throw configError('REDIS_URL must start with redis:// or rediss://');
  const redisPrefix = nonEmpty(env.KABINET_REDIS_PREFIX);
  if (redisPrefix !== undefined && redisUrl === undefined)
    throw configError('KABINET_REDIS_PREFIX needs REDIS_URL');
  if (redisPrefix !== undefined && /[{}\s]/.test(redisPrefix))
    throw configError('KABINET_REDIS_PREFIX may not hold "{", "}" or spaces');

  const dataDir = resolve(cwd, nonEmpty(env.KABINET_DATA_DIR) ?? '.kabinet-data');
  const keysPath = nonEmpty(env.KABINET_KEYS_FILE);
  // Instances sharing a database must share its keys: a default path on each host would give
  // each instance keys of its own, so the file is named explicitly.
  if (keysPath === undefined && databaseUrl !== undefined) {
    throw configError(
      'DATABASE_URL needs KABINET_KEYS_FILE: the keys file every instance on this database reads (created on the first start when absent)',
    );
  }
  const keysFile = resolve(cwd, keysPath ?? join(dataDir, 'keys.json'));
  const operatorToken = nonEmpty(env.KABINET_OPERATOR_TOKEN);

  return {
    port,
    host,
    origin,
    devOutbox: env.KABINET_DEV_OUTBOX === '1',
    ...(operatorToken === undefined ? {} : { operatorToken }),
    storage,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(schema === undefined ? {} : { schema }),
    poolMax,
    ...(redisUrl === undefined ? {} : { redisUrl }),
    ...(redisPrefix === undefined ? {} : { redisPrefix }),
    dataDir,
    keysFile,
  };
}

/**
 * A connection URL with its password replaced by `***`, for logs.
 *
 * @param url - a `postgresql://` or `redis://` URL
 * @returns the URL without its password
 * @example
 * ```ts
 * redactUrl('postgresql://kabinet:s3cret@db:5432/kabinet'); // 'postgresql://kabinet:***@db:5432/kabinet'
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
