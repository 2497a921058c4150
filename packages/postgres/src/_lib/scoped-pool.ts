import { KabinetError } from '@kabinet/core';
import type { QueryResult } from 'pg';
import type { SqlPool, SqlQueryable } from '../pool/sql-pool.js';
import type { NamedStatement } from './named-statement.js';

/** A pool-shaped view of one connection inside an open transaction (a unit of work). */
export interface ScopedPool extends SqlPool {
  /** The first error of a statement run outside a savepoint: the transaction is aborted and must not commit. */
  readonly failure: unknown;
  /**
   * On a connection in `pg`'s pipeline mode, queues a statement to go out with the next one
   * (or the COMMIT) when its turn comes, without waiting for its answer (the server runs them
   * in order); otherwise like `query`. The promise settles with the statement's answer.
   */
  submit(statement: string | NamedStatement, values: readonly unknown[]): Promise<QueryResult>;
  /** Waits for what is in flight, then refuses every further use. */
  close(): Promise<void>;
}

const SAVEPOINT = 'kabinet_scope';
/** What `inTransaction` sends, as nested inside the open transaction. */
const NESTED: Readonly<Record<string, string>> = {
  BEGIN: `SAVEPOINT ${SAVEPOINT}`,
  COMMIT: `RELEASE SAVEPOINT ${SAVEPOINT}`,
  ROLLBACK: `ROLLBACK TO SAVEPOINT ${SAVEPOINT}; RELEASE SAVEPOINT ${SAVEPOINT}`,
};

/**
 * Lets the adapters (written against a pool) run inside a transaction already open on
 * `connection`: a single statement runs on the connection; a short transaction of an adapter
 * (`pool.connect()` … `BEGIN` … `COMMIT`) becomes a savepoint, so a rule it decides by rolling
 * back (a unique key taken after the update) undoes only its own statements. Uses are
 * serialised, one statement or savepoint at a time, so concurrent calls of a step never
 * interleave inside one another's savepoint.
 */
export function scopedPool(
  connection: SqlQueryable & {
    defer?: (text: string, values?: readonly unknown[]) => Promise<QueryResult>;
  },
  pipelined = false,
): ScopedPool {
  let tail: Promise<void> = Promise.resolve();
  let open = true;
  let failure: unknown;

  /** Waits for the previous user and returns the release of this one. */
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => mine);
    return previous.then(() => {
      if (!open) {
        release();
        throw new KabinetError(
          'ERR_INVALID_STATE',
          'a unit of work scope was used after its unit ended',
        );
      }
      return release;
    });
  }

  return {
    get failure() {
      return failure;
    },
    async query(text, values) {
      const release = await acquire();
      try {
        return await connection.query(text, values);
      } catch (error) {
        failure ??= error;
        throw error;
      } finally {
        release();
      }
    },
    async submit(statement, values) {
      const release = await acquire();
      // A named statement goes as node-postgres's query config, values inside it.
      const [text, args]: readonly [string, readonly unknown[] | undefined] =
        typeof statement === 'string'
          ? [statement, values]
          : [
              { name: statement.name, text: statement.text, values } as unknown as string,
              undefined,
            ];
      const answer =
        pipelined && connection.defer !== undefined
          ? connection.defer(text, args)
          : connection.query(text, args);
      if (pipelined) release();
      try {
        return await answer;
      } catch (error) {
        failure ??= error;
        throw error;
      } finally {
        if (!pipelined) release();
      }
    },
    async connect() {
      const release = await acquire();
      let done = false;
      return {
        query: (text, values) => connection.query(NESTED[text] ?? text, values),
        release(error) {
          if (done) return;
          done = true;
          // A savepoint that could not be rolled back leaves the transaction aborted.
          if (error instanceof Error) failure ??= error;
          release();
        },
      };
    },
    async close() {
      if (!open) return;
      const release = await acquire();
      open = false;
      release();
    },
  };
}
