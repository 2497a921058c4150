// Opens the stores the settings choose: PostgreSQL (DATABASE_URL) or an embedded PGlite under
// KABINET_DATA_DIR or memory, plus Redis counters (REDIS_URL). Migrations run here, under the
// schema's advisory lock, so instances starting at once apply each one exactly once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { KabinetError, type Clock, UnavailableError } from '@kabinet/core';
import { createMemoryStores } from '@kabinet/memory/backend';
import { createPostgresStores } from '@kabinet/postgres';
import { migrate, migrationStatus } from '@kabinet/postgres/migrate';
import { openEmbeddedPostgres } from '@kabinet/postgres/pglite';
import { createRedisClient, createRedisCounterStore } from '@kabinet/redis';
import type { StoreBackend } from '@kabinet/ports';
import type { ReadinessCheck } from './health-routes.js';
import { redactUrl, type Settings } from './read-settings.js';

/** Connection limits of the PostgreSQL pool: every wait is bounded, so a request gets 503, never hangs. */
export const POOL_LIMITS = {
  /** Waiting for a free connection (pool exhausted) or a new one (server unreachable). */
  connectionTimeoutMillis: 2_000,
  /** The server cancels a statement running longer (SQLSTATE 57014 → `ERR_UNAVAILABLE`). */
  statement_timeout: 5_000,
  /** The server ends a session idle inside a transaction this long (a stuck client frees its locks). */
  idle_in_transaction_session_timeout: 15_000,
  /** The client stops waiting for an answer (network partition); beyond `statement_timeout`. */
  query_timeout: 10_000,
  /** Idle connections are closed after this. */
  idleTimeoutMillis: 30_000,
} as const;

/** How long the start waits for Redis to accept the connection. */
const REDIS_CONNECT_MS = 5_000;

/** The opened stores. */
export interface Storage {
  /** What the stores are, for the start banner. */
  readonly kind: Settings['storage'];
  /** The `backend` for `createKabinet`: every store, chosen here (memory included). */
  readonly kabinet: { readonly backend: StoreBackend };
  /** What `/readyz` checks: `database` and `migrations` (PostgreSQL or PGlite), `redis`. */
  readonly checks: readonly ReadinessCheck[];
  /** Lines for the start banner: where each store is, what the migrations did. */
  readonly description: readonly string[];
  /** Ends the pools and connections (idempotent). */
  close(): Promise<void>;
}

type Log = (line: string) => void;

/** Logs a repeating error (Redis reconnects, idle pool clients) once per message per 30 s. */
function throttled(log: Log, what: string): (error: Error) => void {
  let last = '';
  let at = 0;
  return (error) => {
    const now = Date.now();
    if (error.message === last && now - at < 30_000) return;
    last = error.message;
    at = now;
    log(`${what}: ${error.message}`);
  };
}

function unavailable(message: string, cause: unknown): KabinetError {
  return new UnavailableError(message, { cause });
}

async function redisReady(
  client: ReturnType<typeof createRedisClient>,
  url: string,
): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(
        unavailable(
          `Redis at ${redactUrl(url)} did not accept a connection within ${REDIS_CONNECT_MS} ms`,
          undefined,
        ),
      );
    }, REDIS_CONNECT_MS);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      client.off('ready', onReady);
    };
    client.on('ready', onReady);
  });
}

/**
 * Opens the stores the settings choose and applies the migrations.
 *
 * - `postgres`: a `pg.Pool` on `DATABASE_URL` with bounded waits ({@link POOL_LIMITS}).
 * - `pglite`: an embedded PostgreSQL in `KABINET_DATA_DIR/pglite`, locked to this process.
 * - `memory`: nothing opened; every store in process memory (`createMemoryStores`).
 * - with `REDIS_URL`, the counters come from Redis whatever the rest (spread over the backend).
 *
 * @param settings - the storage part of the settings
 * @param clock - the clock the stores judge expiry by
 * @param log - where connection errors are reported (default `console.error`)
 * @returns the stores, the readiness checks and a description
 * @throws `KabinetError` `ERR_UNAVAILABLE` when the database or Redis cannot be reached,
 *   `ERR_LOCKED` when another process holds the PGlite directory, `ERR_CONFIG` when the
 *   schema's migrations differ from the code's
 * @example
 * ```ts
 * const storage = await openStorage(readSettings(process.env), systemClock);
 * const kabinet = createKabinet({ keys, ...storage.kabinet });
 * ```
 */
export async function openStorage(
  settings: Pick<
    Settings,
    'storage' | 'databaseUrl' | 'schema' | 'poolMax' | 'redisUrl' | 'redisPrefix' | 'dataDir'
  >,
  clock: Clock,
  log: Log = (line) => console.error(line),
): Promise<Storage> {
  const closers: (() => Promise<void>)[] = [];
  const checks: ReadinessCheck[] = [];
  const description: string[] = [];
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      for (const end of closers.reverse()) {
        try {
          await end();
        } catch (error) {
          log(`closing storage: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })());

  try {
    let backend: StoreBackend | undefined;
    const schema = settings.schema;
    const schemaOption = schema === undefined ? {} : { schema };
    let pool: pg.Pool | undefined;

    if (settings.storage === 'postgres') {
      const url = settings.databaseUrl!;
      const p = new pg.Pool({
        connectionString: url,
        max: settings.poolMax,
        application_name: 'kabinet-server',
        ...POOL_LIMITS,
      });
      // An idle client that loses its connection emits here; without a listener the process would crash.
      p.on('error', throttled(log, 'PostgreSQL idle connection'));
      closers.push(() => p.end());
      try {
        await p.query('SELECT 1');
      } catch (error) {
        throw unavailable(
          `PostgreSQL at ${redactUrl(url)} is not reachable: ${error instanceof Error ? error.message : String(error)}`,
          error,
        );
      }
      pool = p;
      description.push(
        `PostgreSQL ${redactUrl(url)} (schema ${schema ?? 'kabinet'}, pool of ${settings.poolMax})`,
      );
    } else if (settings.storage === 'pglite') {
      // The data directory holds the database and, by default, the keys: only this user may enter it.
      mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
      const dataDir = join(settings.dataDir, 'pglite');
      const embedded = await openEmbeddedPostgres({ dataDir });
      closers.push(() => embedded.close());
      pool = embedded.pool as unknown as pg.Pool;
      description.push(
        `embedded PGlite in ${dataDir} (one process per directory; several instances need DATABASE_URL)`,
      );
    } else {
      description.push(
        'memory: every account, session and journal entry is lost when the process ends (unset KABINET_STORAGE for the embedded PGlite, or set DATABASE_URL)',
      );
    }

    if (pool !== undefined) {
      const db = pool;
      const report = await migrate(db, schemaOption);
      description.push(
        report.applied.length === 0
          ? `migrations: up to date (version ${report.version})`
          : `migrations: applied ${report.applied.join(', ')} (version ${report.version})`,
      );
      // PGlite's one connection cannot be held by the journal sequencer's lease.
      backend = createPostgresStores({
        pool: db,
        clock,
        ...schemaOption,
        ...(settings.storage === 'pglite' ? { journalLease: 'pooled' as const } : {}),
      });
      checks.push(
        { name: 'database', run: async () => void (await db.query('SELECT 1')) },
        {
          name: 'migrations',
          run: async () => {
            const status = await migrationStatus(db, schemaOption);
            if (status.pending.length > 0)
              throw new Error(`pending migrations ${status.pending.join(', ')}`);
            if (status.newer)
              throw new Error(`the schema is at ${status.version}, newer than this code`);
          },
        },
      );
    }

    if (settings.redisUrl !== undefined) {
      const url = settings.redisUrl;
      const client = createRedisClient(url, { onError: throttled(log, `Redis ${redactUrl(url)}`) });
      closers.push(async () => {
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      });
      await redisReady(client, url);
      backend = {
        ...(backend ?? createMemoryStores({ clock })),
        counters: createRedisCounterStore({
          client,
          clock,
          ...(settings.redisPrefix === undefined ? {} : { prefix: settings.redisPrefix }),
        }),
      };
      checks.push({ name: 'redis', run: async () => void (await client.ping()) });
      description.push(
        `counters on Redis ${redactUrl(url)}${settings.redisPrefix === undefined ? '' : ` (keys under ${settings.redisPrefix})`}`,
      );
    } else if (pool !== undefined) {
      description.push('counters in the database (set REDIS_URL to move them to Redis)');
    }

    return {
      kind: settings.storage,
      kabinet: { backend: backend ?? createMemoryStores({ clock }) },
      checks,
      description,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
