import { ConflictError } from '@kabinet/core';
import {
  isSha256Hex,
  JOURNAL_GENESIS_HASH,
  type JournalCheckpointRecord,
  type JournalEntry,
  type JournalErasure,
  type JournalQuery,
  type JournalSealedPayload,
  type JournalStore,
  type JournalSubjectKey,
  type Page,
  type PageRequest,
} from '@kabinet/ports';
import { inTransaction, run } from '../_lib/in-transaction.js';
import {
  CHECKPOINT_COLUMNS,
  checkedParty,
  checkpointOf,
  ENTRY_COLUMNS,
  entryOf,
  isText,
  journalName,
  journalTables,
  payloadOf,
  SUBJECT_KEY_COLUMNS,
  subjectKeyOf,
  type CheckpointRow,
  type EntryRow,
  type PayloadRow,
  type SubjectKeyRow,
} from '../_lib/journal-rows.js';
import { invalidArgument } from '../_lib/misuse.js';
import { named } from '../_lib/named-statement.js';
import type { SqlPool } from '../pool/sql-pool.js';

/** Options of {@link createPostgresJournalStore}. */
export interface PostgresJournalStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlPool;
  /** The schema of Kabinet's tables (default `kabinet`), migrated by `migrate`. */
  readonly schema?: string;
  /** The journal's name in the shared journal tables (default `kabinet`). */
  readonly journal?: string;
}

const MAX_LIMIT = 1000;
const CURSOR = /^(0|[1-9][0-9]{0,15})$/;
/** Attempts of `ensureSubjectKey` when a racing erasure removes the key it lost to. */
const ENSURE_ATTEMPTS = 8;

interface AppendRow extends Record<string, unknown> {
  inserted: number;
  key_ok: boolean;
  prev_hash: string | null;
  prev_ts: string | null;
  taken: boolean;
}

function checkLimit(page: PageRequest): void {
  if (
    typeof page !== 'object' ||
    page === null ||
    !Number.isInteger(page.limit) ||
    page.limit < 1 ||
    page.limit > MAX_LIMIT
  ) {
    invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(page?.limit) });
  }
}

/** The page's `seq` cursor, checked, or `undefined` for the first page. */
function seqCursor(page: PageRequest): number | undefined {
  checkLimit(page);
  if (page.after === undefined) return undefined;
  if (typeof page.after !== 'string' || !CURSOR.test(page.after))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  return Number(page.after);
}

/** A period bound as the integer `ceil(bound)`, clamped to the range entry times can have. */
function timeBound(bound: number, what: string): number {
  if (typeof bound !== 'number' || Number.isNaN(bound)) invalidArgument(`${what} is epoch ms`);
  return Math.min(Math.max(Math.ceil(bound), -1), Number.MAX_SAFE_INTEGER + 1);
}

/** The entry checked for form; its place in the chain is decided by the database. */
function checkEntry(e: JournalEntry): void {
  if (typeof e !== 'object' || e === null) invalidArgument('a journal entry is an object');
  if (
    e.v !== 1 ||
    !Number.isSafeInteger(e.seq) ||
    e.seq < 0 ||
    !Number.isSafeInteger(e.ts) ||
    e.ts < 0 ||
    !isText(e.action)
  ) {
    invalidArgument('malformed journal entry', { seq: String(e.seq) });
  }
  if (
    !isSha256Hex(e.hash) ||
    !isText(e.prev) ||
    (e.payloadCommitment !== null && !isSha256Hex(e.payloadCommitment))
  ) {
    invalidArgument('journal entry hashes are 64 lower-case hex characters', { seq: e.seq });
  }
  checkedParty(e.actor, 'actor');
  checkedParty(e.subject, 'subject');
}

function checkPayload(entry: JournalEntry, payload: JournalSealedPayload): void {
  if (
    typeof payload !== 'object' ||
    payload === null ||
    payload.state !== 'sealed' ||
    payload.seq !== entry.seq
  ) {
    invalidArgument('a payload must be sealed and belong to its entry (seq and subject)', {
      seq: entry.seq,
    });
  }
  const subject = checkedParty(payload.subject, 'payload subject');
  if (subject.type !== entry.subject.type || subject.id !== entry.subject.id) {
    invalidArgument('a payload must be sealed and belong to its entry (seq and subject)', {
      seq: entry.seq,
    });
  }
  if (entry.payloadCommitment === null)
    invalidArgument('a payload needs an entry with a payload commitment', { seq: entry.seq });
  if (!isText(payload.keyId) || !isText(payload.iv) || !isText(payload.ciphertext))
    invalidArgument('malformed sealed payload', { seq: entry.seq });
}

/** A data key checked for form. */
function checkSubjectKey(key: JournalSubjectKey): JournalSubjectKey {
  if (typeof key !== 'object' || key === null) invalidArgument('a subject key is an object');
  const subject = checkedParty(key.subject, 'subject');
  if (
    !isText(key.id) ||
    key.id === '' ||
    !isText(key.wrapKid) ||
    !isText(key.wrapped) ||
    !Number.isSafeInteger(key.createdAt)
  ) {
    invalidArgument('malformed subject key');
  }
  return {
    id: key.id,
    subject,
    wrapKid: key.wrapKid,
    wrapped: key.wrapped,
    createdAt: key.createdAt,
  };
}

/**
 * A {@link JournalStore} over PostgreSQL. Every field an entry's hash covers has a column of its
 * own, so the entry read back is field for field the one appended; several named journals share
 * the tables through a `journal` column. Every rule is decided by the database, never by a read
 * followed by a write in the application:
 *
 * - `append` is one statement: an insert guarded by "entry `seq - 1` exists with hash `prev`
 *   and `ts` not after this one" and decided by the `(journal, seq)` primary key, so racing
 *   appenders on any number of instances never leave a gap or fork the chain; the loser gets
 *   `ConflictError`. With a payload, the same statement locks the subject's data key
 *   (`FOR SHARE`) and inserts the payload beside the entry, so both are written or neither.
 * - `eraseSubject` deletes the data key first (waiting for appenders and units of work that
 *   hold it), then turns every sealed payload of the subject, those still in the outbox (after a
 *   sequencer that took them commits) and those in the chain, into erased ones in later
 *   statements of the same transaction, so an erasure always wins (S-12).
 * - `ensureSubjectKey` inserts `ON CONFLICT DO NOTHING` and returns the winner;
 *   `replaceSubjectKey` is an update guarded by every field of the expected key.
 * - entry rows cannot be updated, deleted or truncated: a trigger refuses it (S-14).
 *
 * @param options - pool, schema and journal name
 * @returns the store
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name; `ERR_INVALID_ARGUMENT` for an empty journal name
 * @example
 * ```ts
 * import { createJournal } from '@kabinet/audit';
 * const store = createPostgresJournalStore({ pool, journal: 'kabinet' });
 * const journal = createJournal({ store, keys, clock: systemClock });
 * await journal.append({ actor, action: 'account.login.succeeded', subject: actor });
 * ```
 */
export function createPostgresJournalStore(options: PostgresJournalStoreOptions): JournalStore {
  const { pool } = options;
  const journal = journalName(options.journal);
  const t = journalTables(options.schema);

  // $1 journal, $2 seq, $3 ts, $4/$5 actor, $6 action, $7/$8 subject, $9 commitment, $10 prev, $11 hash
  const ENTRY_VALUES = '$1, $2::bigint, 1, $3::bigint, $4, $5, $6, $7, $8, $9, $10, $11';
  const LINKS = `EXISTS (SELECT 1 FROM before WHERE before.hash = $10 AND before.ts <= $3::bigint)`;
  const APPEND_TAIL = `SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT hash FROM before) AS prev_hash, (SELECT ts FROM before) AS prev_ts,
      EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint) AS taken`;
  const BEFORE = `before AS (SELECT hash, ts FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint - 1)`;
  // Named prepared statements: the appends run in every journaled step of a direct journal.
  const APPEND = named(
    'kabinet_journal',
    `WITH ${BEFORE},
    inserted AS (INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES}
      WHERE $2::bigint = 0 OR ${LINKS}
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq)
    ${APPEND_TAIL}, true AS key_ok`,
  );
  // $12 key id, $13 iv, $14 ciphertext: the key row is locked so an erasure waits for this append.
  const APPEND_WITH_PAYLOAD = named(
    'kabinet_journal',
    `WITH ${BEFORE},
    key AS (SELECT id FROM ${t.keys} WHERE journal = $1 AND subject_type = $7 AND subject_id = $8 AND id = $12 FOR SHARE),
    inserted AS (INSERT INTO ${t.entries} (journal, ${ENTRY_COLUMNS}) SELECT ${ENTRY_VALUES}
      WHERE EXISTS (SELECT 1 FROM key) AND ($2::bigint = 0 OR ${LINKS})
      ON CONFLICT (journal, seq) DO NOTHING RETURNING seq),
    payload AS (INSERT INTO ${t.payloads} (journal, seq, subject_type, subject_id, key_id, iv, ciphertext)
      SELECT $1, seq, $7, $8, $12, $13, $14 FROM inserted)
    ${APPEND_TAIL}, EXISTS (SELECT 1 FROM key) AS key_ok`,
  );
  const HEAD = named(
    'kabinet_journal',
    `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 ORDER BY seq DESC LIMIT 1`,
  );
  const READ = named(
    'kabinet_journal',
    `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE journal = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
  );
  const GET_PAYLOAD = `SELECT seq, subject_type, subject_id, key_id, iv, ciphertext, erased_at FROM ${t.payloads} WHERE journal = $1 AND seq = $2`;
  const GET_KEY = named(
    'kabinet_journal',
    `SELECT ${SUBJECT_KEY_COLUMNS} FROM ${t.keys} WHERE journal = $1 AND subject_type = $2 AND subject_id = $3`,
  );
  const INSERT_KEY = `INSERT INTO ${t.keys} (journal, ${SUBJECT_KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${SUBJECT_KEY_COLUMNS}`;
  const KEY_ID_TAKEN = `SELECT 1 FROM ${t.keys} WHERE journal = $1 AND id = $2`;
  const REPLACE_KEY = `UPDATE ${t.keys} SET wrap_kid = $8, wrapped = $9
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND id = $4 AND wrap_kid = $5 AND wrapped = $6 AND created_at = $7 RETURNING id`;
  const DELETE_KEY = `DELETE FROM ${t.keys} WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 RETURNING id`;
  const ERASE_OUTBOX = `UPDATE ${t.outbox} SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = $4
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND key_id IS NOT NULL`;
  const ERASE_PAYLOADS = `UPDATE ${t.payloads} SET key_id = NULL, iv = NULL, ciphertext = NULL, erased_at = $4
    WHERE journal = $1 AND subject_type = $2 AND subject_id = $3 AND erased_at IS NULL RETURNING seq`;
  const CHECKPOINT_LOCK =
    "SELECT pg_advisory_xact_lock(hashtextextended('kabinet-journal-checkpoint:' || $1 || ':' || $2, 0))";
  const CHECKPOINT_STATE = `SELECT (SELECT max(size) FROM ${t.checkpoints} WHERE journal = $1) AS latest,
      ($2::bigint = 0 OR EXISTS (SELECT 1 FROM ${t.entries} WHERE journal = $1 AND seq = $2::bigint - 1)) AS covered`;
  const INSERT_CHECKPOINT = `INSERT INTO ${t.checkpoints} (journal, ${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;
  const LATEST_CHECKPOINT = `SELECT ${CHECKPOINT_COLUMNS} FROM ${t.checkpoints} WHERE journal = $1 ORDER BY size DESC LIMIT 1`;
  const LIST_CHECKPOINTS = `SELECT ${CHECKPOINT_COLUMNS} FROM ${t.checkpoints} WHERE journal = $1 AND size > $2 ORDER BY size LIMIT $3`;

  async function eraseSubject(
    subjectIn: Parameters<JournalStore['eraseSubject']>[0],
    erasedAt: number,
  ): Promise<JournalErasure> {
    const subject = checkedParty(subjectIn, 'subject');
    if (typeof erasedAt !== 'number' || !Number.isFinite(erasedAt))
      invalidArgument('erasedAt must be a finite epoch ms', { erasedAt: String(erasedAt) });
    const params = [journal, subject.type, subject.id];
    return inTransaction(pool, 'journal.eraseSubject', async (tx) => {
      // The key first: the delete waits for appenders and units of work holding it, so the
      // updates below (each with a fresh snapshot) see every payload they committed.
      const deleted = await tx.query(DELETE_KEY, params);
      // Then the outbox (waiting for a sequencer that took those rows) and the chain's payloads.
      await tx.query(ERASE_OUTBOX, [...params, erasedAt]);
      const erased = await tx.query(ERASE_PAYLOADS, [...params, erasedAt]);
      return {
        subject,
        erasedAt,
        payloadsErased: erased.rows.length,
        keyDeleted: deleted.rows.length > 0,
      };
    });
  }

  return {
    async append(entry, payload) {
      checkEntry(entry);
      if (payload !== undefined) checkPayload(entry, payload);
      // The first entry links to the genesis hash; any other prev loses like a stale append.
      if (entry.seq === 0 && entry.prev !== JOURNAL_GENESIS_HASH)
        throw new ConflictError('journal-entry', '0', 0);
      const values: unknown[] = [
        journal,
        entry.seq,
        entry.ts,
        entry.actor.type,
        entry.actor.id,
        entry.action,
        entry.subject.type,
        entry.subject.id,
        entry.payloadCommitment,
        entry.prev,
        entry.hash,
      ];
      const rows =
        payload === undefined
          ? await run<AppendRow>(pool, 'journal.append', APPEND, values)
          : await run<AppendRow>(pool, 'journal.append', APPEND_WITH_PAYLOAD, [
              ...values,
              payload.keyId,
              payload.iv,
              payload.ciphertext,
            ]);
      const row = rows[0]!;
      if (row.inserted === 1) return;
      const linked = entry.seq > 0 && row.prev_hash === entry.prev && !row.taken;
      if (linked && Number(row.prev_ts) > entry.ts) {
        invalidArgument('journal time must not go backwards', {
          seq: entry.seq,
          ts: entry.ts,
          previousTs: Number(row.prev_ts),
        });
      }
      if (linked && !row.key_ok)
        throw new ConflictError(
          'journal-subject-key',
          `${entry.subject.type}:${entry.subject.id}`,
          0,
        );
      throw new ConflictError(
        'journal-entry',
        String(entry.seq),
        row.prev_hash === null ? 0 : entry.seq,
      );
    },

    async head() {
      const rows = await run<EntryRow>(pool, 'journal.head', HEAD, [journal]);
      return rows[0] === undefined ? undefined : entryOf(rows[0]);
    },

    async read(fromSeq, limit) {
      if (!Number.isSafeInteger(fromSeq) || fromSeq < 0)
        invalidArgument('fromSeq must be a non-negative integer', { fromSeq: String(fromSeq) });
      if (!Number.isSafeInteger(limit) || limit < 0)
        invalidArgument('limit must be a non-negative integer', { limit: String(limit) });
      if (limit === 0) return [];
      return (await run<EntryRow>(pool, 'journal.read', READ, [journal, fromSeq, limit])).map(
        entryOf,
      );
    },

    async query(filter: JournalQuery, page: PageRequest): Promise<Page<JournalEntry>> {
      const after = seqCursor(page);
      if (typeof filter !== 'object' || filter === null)
        invalidArgument('a journal query is an object');
      const values: unknown[] = [journal];
      const where = ['journal = $1'];
      const param = (value: unknown): string => {
        values.push(value);
        return `$${values.length}`;
      };
      if (filter.subject !== undefined) {
        const subject = checkedParty(filter.subject, 'subject');
        where.push(`subject_type = ${param(subject.type)} AND subject_id = ${param(subject.id)}`);
      }
      if (filter.actor !== undefined) {
        const actor = checkedParty(filter.actor, 'actor');
        where.push(`actor_type = ${param(actor.type)} AND actor_id = ${param(actor.id)}`);
      }
      if (filter.action !== undefined) {
        const actions = typeof filter.action === 'string' ? [filter.action] : [...filter.action];
        if (!actions.every(isText)) invalidArgument('actions are strings');
        where.push(
          actions.length === 1
            ? `action = ${param(actions[0])}`
            : `action = ANY(${param(actions)}::text[])`,
        );
      }
      // Entry times are safe integers: `ts >= from` is `ts >= ceil(from)`, and so for `to`.
      if (filter.from !== undefined)
        where.push(`ts >= ${param(timeBound(filter.from, 'from'))}::bigint`);
      if (filter.to !== undefined) where.push(`ts < ${param(timeBound(filter.to, 'to'))}::bigint`);
      const desc = filter.order === 'desc';
      if (after !== undefined) where.push(`seq ${desc ? '<' : '>'} ${param(after)}`);
      const sql = `SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE ${where.join(' AND ')} ORDER BY seq ${desc ? 'DESC' : 'ASC'} LIMIT ${param(page.limit + 1)}`;
      const rows = await run<EntryRow>(pool, 'journal.query', sql, values);
      const items = rows.slice(0, page.limit).map(entryOf);
      return rows.length > page.limit
        ? { items, nextCursor: String(items[items.length - 1]!.seq) }
        : { items };
    },

    async getPayload(seq) {
      if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
      const rows = await run<PayloadRow>(pool, 'journal.getPayload', GET_PAYLOAD, [journal, seq]);
      return rows[0] === undefined ? undefined : payloadOf(rows[0]);
    },

    async getSubjectKey(subjectIn) {
      const subject = checkedParty(subjectIn, 'subject');
      const rows = await run<SubjectKeyRow>(pool, 'journal.getSubjectKey', GET_KEY, [
        journal,
        subject.type,
        subject.id,
      ]);
      return rows[0] === undefined ? undefined : subjectKeyOf(rows[0]);
    },

    async ensureSubjectKey(keyIn) {
      const key = checkSubjectKey(keyIn);
      const insert = [
        journal,
        key.id,
        key.subject.type,
        key.subject.id,
        key.wrapKid,
        key.wrapped,
        key.createdAt,
      ];
      for (let attempt = 0; attempt < ENSURE_ATTEMPTS; attempt++) {
        const inserted = await run<SubjectKeyRow>(
          pool,
          'journal.ensureSubjectKey',
          INSERT_KEY,
          insert,
        );
        if (inserted[0] !== undefined) return subjectKeyOf(inserted[0]);
        // Lost to the subject's existing key (the winner, read in a new snapshot) or to another
        // subject's key with this id.
        const existing = await run<SubjectKeyRow>(pool, 'journal.ensureSubjectKey', GET_KEY, [
          journal,
          key.subject.type,
          key.subject.id,
        ]);
        if (existing[0] !== undefined) return subjectKeyOf(existing[0]);
        if (
          (await run(pool, 'journal.ensureSubjectKey', KEY_ID_TAKEN, [journal, key.id])).length > 0
        )
          throw new ConflictError('journal-subject-key', key.id, 0);
        // The key it lost to was erased meanwhile: try again.
      }
      throw new ConflictError('journal-subject-key', key.id, 0);
    },

    async listSubjectKeys(filter, page): Promise<Page<JournalSubjectKey>> {
      checkLimit(page);
      if (page.after !== undefined && (!isText(page.after) || page.after === ''))
        invalidArgument('malformed page cursor', { after: String(page.after) });
      const notWrappedBy = filter?.notWrappedBy;
      if (notWrappedBy !== undefined && !isText(notWrappedBy))
        invalidArgument('notWrappedBy is a kid string');
      const values: unknown[] = [journal, page.limit + 1];
      const where = ['journal = $1'];
      if (notWrappedBy !== undefined) {
        values.push(notWrappedBy);
        where.push(`wrap_kid <> $${values.length}`);
      }
      if (page.after !== undefined) {
        values.push(page.after);
        where.push(`id > $${values.length}`);
      }
      const sql = `SELECT ${SUBJECT_KEY_COLUMNS} FROM ${t.keys} WHERE ${where.join(' AND ')} ORDER BY id LIMIT $2`;
      const rows = await run<SubjectKeyRow>(pool, 'journal.listSubjectKeys', sql, values);
      const items = rows.slice(0, page.limit).map(subjectKeyOf);
      return rows.length > page.limit
        ? { items, nextCursor: items[items.length - 1]!.id }
        : { items };
    },

    async replaceSubjectKey(expected, nextIn) {
      const next = checkSubjectKey(nextIn);
      if (typeof expected !== 'object' || expected === null)
        invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
      const was = checkedParty(expected.subject, 'subject');
      if (
        next.id !== expected.id ||
        next.createdAt !== expected.createdAt ||
        next.subject.type !== was.type ||
        next.subject.id !== was.id
      ) {
        invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
      }
      if (!isText(expected.wrapKid) || !isText(expected.wrapped)) return false;
      const rows = await run(pool, 'journal.replaceSubjectKey', REPLACE_KEY, [
        journal,
        was.type,
        was.id,
        expected.id,
        expected.wrapKid,
        expected.wrapped,
        expected.createdAt,
        next.wrapKid,
        next.wrapped,
      ]);
      return rows.length === 1;
    },

    eraseSubject,

    async putCheckpoint(checkpoint: JournalCheckpointRecord) {
      if (
        typeof checkpoint !== 'object' ||
        checkpoint === null ||
        !Number.isSafeInteger(checkpoint.size) ||
        checkpoint.size < 0
      ) {
        invalidArgument('a checkpoint cannot cover more entries than the chain holds', {
          size: String(checkpoint?.size),
        });
      }
      const { size, root, head, ts, kid, jws, frontier } = checkpoint;
      if (
        !isText(root) ||
        !isText(head) ||
        !isText(kid) ||
        !isText(jws) ||
        typeof ts !== 'number' ||
        !Number.isFinite(ts)
      )
        invalidArgument('malformed checkpoint', { size });
      if (frontier !== undefined && (!Array.isArray(frontier) || !frontier.every(isText)))
        invalidArgument('a checkpoint frontier is an array of hashes', { size });
      await inTransaction(pool, 'journal.putCheckpoint', async (tx) => {
        // Checkpoints of one journal are put one at a time, so sizes only grow.
        await tx.query(CHECKPOINT_LOCK, [options.schema ?? '', journal]);
        const state = (
          await tx.query<{ latest: string | null; covered: boolean }>(CHECKPOINT_STATE, [
            journal,
            size,
          ])
        ).rows[0]!;
        if (!state.covered)
          invalidArgument('a checkpoint cannot cover more entries than the chain holds', { size });
        if (state.latest !== null && Number(state.latest) >= size)
          throw new ConflictError('journal-checkpoint', String(size), Number(state.latest));
        await tx.query(INSERT_CHECKPOINT, [
          journal,
          size,
          root,
          head,
          ts,
          kid,
          jws,
          frontier === undefined ? null : [...frontier],
        ]);
      });
    },

    async latestCheckpoint() {
      const rows = await run<CheckpointRow>(pool, 'journal.latestCheckpoint', LATEST_CHECKPOINT, [
        journal,
      ]);
      return rows[0] === undefined ? undefined : checkpointOf(rows[0]);
    },

    async listCheckpoints(page): Promise<Page<JournalCheckpointRecord>> {
      const after = seqCursor(page) ?? -1;
      const rows = await run<CheckpointRow>(pool, 'journal.listCheckpoints', LIST_CHECKPOINTS, [
        journal,
        after,
        page.limit + 1,
      ]);
      const items = rows.slice(0, page.limit).map(checkpointOf);
      return rows.length > page.limit
        ? { items, nextCursor: String(items[items.length - 1]!.size) }
        : { items };
    },
  };
}
