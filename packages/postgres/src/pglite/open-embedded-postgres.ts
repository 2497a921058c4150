import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LockedError } from '@kabinet/core';
import pg from 'pg';
import type { SqlPool } from '../pool/sql-pool.js';

/** Options of {@link openEmbeddedPostgres}. */
export interface EmbeddedPostgresOptions {
  /** Where PGlite keeps its files; omit for a database in memory (lost on close). */
  readonly dataDir?: string;
}

/** An embedded PostgreSQL (PGlite) behind a `pg.Pool` of one connection. */
export interface EmbeddedPostgres {
  /** A `pg.Pool` over PGlite's node-postgres bridge: hand it to `migrate` and `createPostgresStores`. */
  readonly pool: SqlPool;
  /** Ends the pool, closes PGlite and releases the data directory's lock file. */
  close(): Promise<void>;
}

const LOCK_FILE = 'kabinet.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock file, or throws naming the process that holds it. */
function lockDirectory(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (
        Number.isInteger(holder) &&
        holder > 0 &&
        holder !== process.pid &&
        processAlive(holder)
      ) {
        throw new LockedError(
          `the embedded database in ${dataDir} is in use by process ${holder}; PGlite allows one process per directory`,
          {
            details: { dataDir, pid: holder },
          },
        );
      }
      // A lock left by a process that is gone: take it over.
      rmSync(path, { force: true });
    }
  }
  throw new LockedError(`could not take the lock file in ${dataDir}`, {
    details: { dataDir },
  });
}

/**
 * Opens an embedded PostgreSQL (PGlite, PostgreSQL compiled to WebAssembly) for zero-install
 * use: one process, one connection, the same SQL and adapters as a real server. A data
 * directory is locked with `kabinet.lock` (holding the pid) so that a second process gets
 * `ERR_LOCKED` instead of corrupting it; a lock whose process is gone is taken over. Needs the
 * optional peer dependency `@electric-sql/pglite`.
 *
 * @param options - the data directory (omit for memory)
 * @returns the pool and `close()`
 * @throws KabinetError `ERR_LOCKED` when another live process holds the directory
 * @example
 * ```ts
 * const db = await openEmbeddedPostgres({ dataDir: './.kabinet-data' });
 * await migrate(db.pool);
 * const stores = createPostgresStores({ pool: db.pool, clock: systemClock });
 * ```
 */
export async function openEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const unlock = options.dataDir === undefined ? () => undefined : lockDirectory(options.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const db =
      options.dataDir === undefined ? await PGlite.create() : await PGlite.create(options.dataDir);
    const pool = new pg.Pool(createPgConfig(db));
    return {
      pool,
      async close() {
        try {
          await pool.end();
          await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
