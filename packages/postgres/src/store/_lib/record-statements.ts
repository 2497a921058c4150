import { named, type NamedStatement } from '../../_lib/named-statement.js';

/** The SQL condition "the record is live at the `now` in parameter `$n`". */
function live(n: number, alias = ''): string {
  return `(${alias}expires_at IS NULL OR ${alias}expires_at > $${n})`;
}

/** The versioned store's statements over one schema, named (parsed and planned once per connection). */
export type RecordStatements = Readonly<
  Record<
    | 'SELECT_BY_ID'
    | 'SELECT_BY_KEY'
    | 'INSERT'
    | 'UPDATE'
    | 'UPDATE_KEEPING_KEYS'
    | 'RELEASE_OTHER_KEYS'
    | 'CLAIM_KEYS'
    | 'DELETE'
    | 'LIST_FIRST'
    | 'LIST_AFTER'
    | 'LIST_OWNER_FIRST'
    | 'LIST_OWNER_AFTER'
    | 'LIST_DUE_FIRST'
    | 'LIST_DUE_AFTER',
    NamedStatement
  >
>;

/** Statements by quoted schema: a unit of work makes a store per collection it touches, so they are built once. */
const statementsBySchema = new Map<string, RecordStatements>();

/** The statements over the tables of `schema` (quoted), built once per schema. */
export function recordStatements(schema: string): RecordStatements {
  const cached = statementsBySchema.get(schema);
  if (cached !== undefined) return cached;
  const records = `${schema}.kabinet_records`;
  const keyTable = `${schema}.kabinet_record_keys`;

  const SELECT_BY_ID = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND id = $2 AND ${live(3)}`;
  const SELECT_BY_KEY = `SELECT r.id, r.version, r.data FROM ${keyTable} k JOIN ${records} r ON r.collection = k.collection AND r.id = k.id
    WHERE k.collection = $1 AND k.key = $2 AND (k.expires_at IS NULL OR k.expires_at > $3) AND ${live(3, 'r.')}`;
  // Replaces an expired record with the same id (its id is free again) and drops its keys.
  const INSERT = `WITH inserted AS (
      INSERT INTO ${records} AS r (collection, id, version, expires_at, data, owner_id, due_at) VALUES ($1, $2, 1, $3, $4::jsonb, $6, $7)
      ON CONFLICT (collection, id) DO UPDATE SET version = 1, expires_at = excluded.expires_at, data = excluded.data, owner_id = excluded.owner_id, due_at = excluded.due_at
      WHERE r.expires_at IS NOT NULL AND r.expires_at <= $5
      RETURNING id),
    dropped AS (DELETE FROM ${keyTable} WHERE collection = $1 AND id = $2 AND EXISTS (SELECT 1 FROM inserted))
    SELECT id FROM inserted`;
  const UPDATE = `UPDATE ${records} SET version = version + 1, expires_at = $3, data = $4::jsonb, owner_id = $7, due_at = $8
    WHERE collection = $1 AND id = $2 AND version = $5 AND ${live(6)} RETURNING version`;
  // Without a key list the record keeps its keys, whose expiry follows the record's.
  const UPDATE_KEEPING_KEYS = `WITH updated AS (${UPDATE}),
    touched AS (UPDATE ${keyTable} SET expires_at = $3 WHERE collection = $1 AND id = $2 AND EXISTS (SELECT 1 FROM updated))
    SELECT version FROM updated`;
  const RELEASE_OTHER_KEYS = `DELETE FROM ${keyTable} WHERE collection = $1 AND id = $2 AND NOT (key = ANY($3::text[]))`;
  // A key is taken when free, already ours, or held by an expired owner; a live owner wins.
  const CLAIM_KEYS = `INSERT INTO ${keyTable} AS k (collection, key, id, expires_at) SELECT $1, key, $2, $3 FROM unnest($4::text[]) AS key
    ON CONFLICT (collection, key) DO UPDATE SET id = excluded.id, expires_at = excluded.expires_at
    WHERE k.id = excluded.id OR (k.expires_at IS NOT NULL AND k.expires_at <= $5)
    RETURNING key`;
  const DELETE = `DELETE FROM ${records} WHERE collection = $1 AND id = $2 AND version = $3 AND ${live(4)} RETURNING id`;
  const LIST_FIRST = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND ${live(2)} ORDER BY id LIMIT $3`;
  const LIST_AFTER = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND ${live(2)} AND id > $4 ORDER BY id LIMIT $3`;
  const LIST_OWNER_FIRST = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND owner_id = $2 AND ${live(3)} ORDER BY id DESC LIMIT $4`;
  const LIST_OWNER_AFTER = `SELECT id, version, data FROM ${records} WHERE collection = $1 AND owner_id = $2 AND ${live(3)} AND id < $5 ORDER BY id DESC LIMIT $4`;
  const LIST_DUE_FIRST = `SELECT id, version, data, due_at FROM ${records} WHERE collection = $1 AND due_at <= $2 AND ${live(3)} ORDER BY due_at, id LIMIT $4`;
  const LIST_DUE_AFTER = `SELECT id, version, data, due_at FROM ${records} WHERE collection = $1 AND due_at <= $2 AND ${live(3)} AND (due_at, id) > ($5, $6) ORDER BY due_at, id LIMIT $4`;
  const statements: RecordStatements = {
    SELECT_BY_ID: named('kabinet_record', SELECT_BY_ID),
    SELECT_BY_KEY: named('kabinet_record', SELECT_BY_KEY),
    INSERT: named('kabinet_record', INSERT),
    UPDATE: named('kabinet_record', UPDATE),
    UPDATE_KEEPING_KEYS: named('kabinet_record', UPDATE_KEEPING_KEYS),
    RELEASE_OTHER_KEYS: named('kabinet_record', RELEASE_OTHER_KEYS),
    CLAIM_KEYS: named('kabinet_record', CLAIM_KEYS),
    DELETE: named('kabinet_record', DELETE),
    LIST_FIRST: named('kabinet_record', LIST_FIRST),
    LIST_AFTER: named('kabinet_record', LIST_AFTER),
    LIST_OWNER_FIRST: named('kabinet_record', LIST_OWNER_FIRST),
    LIST_OWNER_AFTER: named('kabinet_record', LIST_OWNER_AFTER),
    LIST_DUE_FIRST: named('kabinet_record', LIST_DUE_FIRST),
    LIST_DUE_AFTER: named('kabinet_record', LIST_DUE_AFTER),
  };
  statementsBySchema.set(schema, statements);
  return statements;
}
