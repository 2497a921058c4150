import { createHash } from 'node:crypto';
import type { QueryResult, QueryResultRow } from 'pg';
import type { SqlQueryable } from '../pool/sql-pool.js';

/** A named statement as node-postgres takes it: parsed and planned once per connection. */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

/** What `pg.Pool`, `pg.Client` and PGlite's bridge accept besides `(text, values)`. */
interface NamedQueryable {
  query<R extends QueryResultRow>(config: {
    name: string;
    text: string;
    values: readonly unknown[];
  }): Promise<QueryResult<R>>;
}

/** Statements named so far (stores made per unit of work name the same texts again). */
const made = new Map<string, NamedStatement>();

/**
 * A statement named after its text (`<prefix>_<sha256 prefix>`): the same text always has the
 * same name, and stores over other schemas on the same connections get other names (a prepared
 * statement's name is per connection; a name reused for another text would fail).
 */
export function named(prefix: string, text: string): NamedStatement {
  const key = `${prefix}\u0000${text}`;
  let statement = made.get(key);
  if (statement === undefined) {
    statement = {
      name: `${prefix}_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`,
      text,
    };
    made.set(key, statement);
  }
  return statement;
}

/**
 * Runs a named statement on `db` (a pool, a connection or a unit's scoped pool). A fresh config
 * object each time: node-postgres writes the values into the config it is given.
 */
export function queryNamed<R extends QueryResultRow = QueryResultRow>(
  db: SqlQueryable,
  statement: NamedStatement,
  values: readonly unknown[],
): Promise<QueryResult<R>> {
  return (db as unknown as NamedQueryable).query<R>({
    name: statement.name,
    text: statement.text,
    values,
  });
}
