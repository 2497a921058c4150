import { ENTRY_COLUMNS, type JournalTables } from '../../_lib/journal-rows.js';
import { named, type NamedStatement } from '../../_lib/named-statement.js';

/** The outbox's statements over one schema's journal tables. */
export interface OutboxStatements {
  readonly TRY_LOCK: string;
  readonly UNLOCK: string;
  readonly COUNT: string;
  readonly TAKE: NamedStatement;
  readonly HEAD: NamedStatement;
  readonly WRITE: NamedStatement;
  readonly VACUUM: string;
  readonly ANALYZE: string;
}

/** The statements over the journal tables `t`. */
export function outboxStatements(t: JournalTables): OutboxStatements {
  return {
    VACUUM: `VACUUM ${t.outbox}`,
    ANALYZE: `ANALYZE ${t.entries}, ${t.payloads}`,
    TRY_LOCK: 'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS got',
    UNLOCK: 'SELECT pg_advisory_unlock(hashtextextended($1, 0))',
    COUNT: `SELECT count(*)::int AS n FROM ${t.outbox} WHERE journal = $1`,
    // The batch is chosen once, in a materialised CTE: as `id IN (SELECT … LIMIT … FOR UPDATE)`
    // a nested loop may rescan the subquery, whose locking skips rows this statement already
    // deleted, and so take the whole outbox whatever the limit. The rows are deleted by the
    // physical address the lock returned (a TID scan), not by a second scan of the outbox. A row
    // an erasure changed after this statement's snapshot was taken is locked in its new version,
    // which that snapshot does not see: it is not deleted now, and the next batch takes it, erased.
    TAKE: named(
      'kabinet_outbox',
      `WITH batch AS MATERIALIZED (SELECT ctid AS row FROM ${t.outbox} WHERE journal = $1 ORDER BY id LIMIT $2 FOR UPDATE)
    DELETE FROM ${t.outbox} o USING batch WHERE o.ctid = batch.row
    RETURNING o.id, o.ts, o.actor_type, o.actor_id, o.action, o.subject_type, o.subject_id, o.payload_commitment, o.key_id, o.iv, o.ciphertext, o.erased_at`,
    ),
    HEAD: named(
      'kabinet_outbox',
      `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 ORDER BY seq DESC LIMIT 1`,
    ),
    // $2…$11 the entries' columns as arrays; $12/$13/$14 the first entry's seq, prev and ts;
    // $15…$21 the payloads' columns as arrays.
    WRITE: named(
      'kabinet_outbox',
      `WITH ins AS (
      INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS})
      SELECT $1, r.seq, 1, r.ts, r.actor_type, r.actor_id, r.action, r.subject_type, r.subject_id, r.payload_commitment, r.prev, r.hash
      FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
        AS r(seq, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment, prev, hash)
      WHERE $12::bigint = 0 OR EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $12::bigint - 1 AND hash = $13 AND ts <= $14::bigint)
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq),
    pay AS (
      INSERT INTO ${t.payloads} (journal, seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at)
      SELECT $1, p.seq, p.subject_type, p.subject_id, p.key_id, p.iv, p.ciphertext, p.erased_at
      FROM unnest($15::bigint[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::double precision[])
        AS p(seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at)
      WHERE p.seq IN (SELECT seq FROM ins))
    SELECT count(*)::int AS inserted FROM ins`,
    ),
  };
}
