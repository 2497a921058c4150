import { CHECKPOINT_COLUMNS, ENTRY_COLUMNS, SUBJECT_KEY_COLUMNS } from '../../_lib/journal-rows.js';
import type { JournalTables } from '../../_lib/journal-rows.js';
import { named, type NamedStatement } from '../../_lib/named-statement.js';

/** The journal store's statements over one schema's tables. */
export interface JournalStatements {
  readonly APPEND: NamedStatement;
  readonly APPEND_WITH_PAYLOAD: NamedStatement;
  readonly HEAD: NamedStatement;
  readonly READ: NamedStatement;
  readonly GET_PAYLOAD: string;
  readonly GET_KEY: NamedStatement;
  readonly INSERT_KEY: string;
  readonly KEY_ID_TAKEN: string;
  readonly REPLACE_KEY: string;
  readonly DELETE_KEY: string;
  readonly ERASE_OUTBOX: string;
  readonly ERASE_PAYLOADS: string;
  readonly CHECKPOINT_LOCK: string;
  readonly CHECKPOINT_STATE: string;
  readonly INSERT_CHECKPOINT: string;
  readonly LATEST_CHECKPOINT: string;
  readonly LIST_CHECKPOINTS: string;
}

/** The statements over the journal tables `t`. */
export function journalStatements(t: JournalTables): JournalStatements {
  // $1 journal, $2 seq, $3 ts, $4/$5 actor, $6 action, $7/$8 subject, $9 commitment, $10 prev, $11 hash
  const ENTRY_VALUES = '$1, $2::bigint, 1, $3::bigint, $4, $5, $6, $7, $8, $9, $10, $11';
  const LINKS = `EXISTS (SELECT 1 FROM before WHERE before.hash = $10 AND before.ts <= $3::bigint)`;
  const APPEND_TAIL = `SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT hash FROM before) AS prev_hash, (SELECT ts FROM before) AS prev_ts,
      EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint) AS taken`;
  const BEFORE = `before AS (SELECT hash, ts FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint - 1)`;
  return {
    // Named prepared statements: the appends run in every journaled step of a direct journal.
    APPEND: named(
      'kabinet_journal',
      `WITH ${BEFORE},
    inserted AS (INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES}
      WHERE $2::bigint = 0 OR ${LINKS}
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq)
    ${APPEND_TAIL}, true AS key_ok`,
    ),
    // $12 key id, $13 iv, $14 ciphertext: the key row is locked so an erasure waits for this append.
    APPEND_WITH_PAYLOAD: named(
      'kabinet_journal',
      `WITH ${BEFORE},
    key AS (SELECT id FROM ${t.keys} WHERE journal = $1 AND subject_type = $7 AND subject_id = $8 AND id = $12 FOR SHARE),
    inserted AS (INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES}
      WHERE EXISTS (SELECT 1 FROM key) AND ($2::bigint = 0 OR ${LINKS})
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq),
    payload AS (INSERT INTO ${t.payloads} (journal, seq, subject_type, subject_id, key_id, iv, ciphertext)
      SELECT $1, seq, $7, $8, $12, $13, $14 FROM inserted)
    ${APPEND_TAIL}, EXISTS (SELECT 1 FROM key) AS key_ok`,
    ),
    HEAD: named(
      'kabinet_journal',
      `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 ORDER BY seq DESC LIMIT 1`,
    ),
    READ: named(
      'kabinet_journal',
      `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
    ),
    GET_PAYLOAD: `SELECT seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at FROM ${t.payloads} WHERE journal = $1 AND seq = $2`,
    GET_KEY: named(
      'kabinet_journal',
      `SELECT ${SUBJECT_KEY_COLUMNS} FROM ${t.keys} WHERE journal = $1 AND subject_type = $2 AND subject_id = $3`,
    ),
    INSERT_KEY: `INSERT INTO ${t.keys} (journal, ${SUBJECT_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${SUBJECT_KEY_COLUMNS}`,
    KEY_ID_TAKEN: `SELECT 1 FROM ${t.keys} WHERE journal = $1 AND id = $2`,
    REPLACE_KEY: `UPDATE ${t.keys} SET wrap_kid = $8, wrapped = $9
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND id = $4 AND wrap_kid = $5 AND wrapped = $6 AND created_at = $7 RETURNING id`,
    DELETE_KEY: `DELETE FROM ${t.keys} WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 RETURNING id`,
    ERASE_OUTBOX: `UPDATE ${t.outbox} SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = $4
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND key_id IS NOT NULL`,
    ERASE_PAYLOADS: `UPDATE ${t.payloads} SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = $4
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND erased_at IS NULL RETURNING seq`,
    CHECKPOINT_LOCK:
      "SELECT pg_advisory_xact_lock(hashtextextended('kabinet-journal-checkpoint:' || $1 || ':' || $2, 0))",
    CHECKPOINT_STATE: `SELECT (SELECT max(size) FROM ${t.checkpoints} WHERE journal = $1) AS latest,
      ($2::bigint = 0 OR EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint - 1)) AS covered`,
    INSERT_CHECKPOINT: `INSERT INTO ${t.checkpoints} (journal, ${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    LATEST_CHECKPOINT: `SELECT ${CHECKPOINT_COLUMNS} FROM ${t.checkpoints} WHERE journal = $1 ORDER BY size DESC LIMIT 1`,
    LIST_CHECKPOINTS: `SELECT ${CHECKPOINT_COLUMNS} FROM ${t.checkpoints} WHERE journal = $1 AND size > $2 ORDER BY size LIMIT $3`,
  };
}
