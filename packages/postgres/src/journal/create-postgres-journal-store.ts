import type { JournalStore } from '@kabinet/ports';
import { journalName, journalTables } from '../_lib/journal-rows.js';
import type { SqlPool } from '../pool/sql-pool.js';
import type { JournalContext } from './_lib/journal-context.js';
import { journalStatements } from './_lib/journal-statements.js';
import { appendEntry } from './append-entry.js';
import { ensureSubjectKey } from './ensure-subject-key.js';
import { eraseSubject } from './erase-subject.js';
import { getPayload } from './get-payload.js';
import { getSubjectKey } from './get-subject-key.js';
import { latestCheckpoint } from './latest-checkpoint.js';
import { listCheckpoints } from './list-checkpoints.js';
import { listSubjectKeys } from './list-subject-keys.js';
import { putCheckpoint } from './put-checkpoint.js';
import { queryEntries } from './query-entries.js';
import { readEntries } from './read-entries.js';
import { readHead } from './read-head.js';
import { replaceSubjectKey } from './replace-subject-key.js';

/** Options of {@link createPostgresJournalStore}. */
export interface PostgresJournalStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlPool;
  /** The schema of Kabinet's tables (default `kabinet`), migrated by `migrate`. */
  readonly schema?: string;
  /** The journal's name in the shared journal tables (default `kabinet`). */
  readonly journal?: string;
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
  const journal = journalName(options.journal);
  const tables = journalTables(options.schema);
  const ctx: JournalContext = {
    pool: options.pool,
    journal,
    schema: options.schema ?? '',
    tables,
    sql: journalStatements(tables),
  };
  return {
    append: (entry, payload) => appendEntry(ctx, entry, payload),
    head: () => readHead(ctx),
    read: (fromSeq, limit) => readEntries(ctx, fromSeq, limit),
    query: (filter, page) => queryEntries(ctx, filter, page),
    getPayload: (seq) => getPayload(ctx, seq),
    getSubjectKey: (subject) => getSubjectKey(ctx, subject),
    ensureSubjectKey: (key) => ensureSubjectKey(ctx, key),
    listSubjectKeys: (filter, page) => listSubjectKeys(ctx, filter, page),
    replaceSubjectKey: (expected, next) => replaceSubjectKey(ctx, expected, next),
    eraseSubject: (subject, erasedAt) => eraseSubject(ctx, subject, erasedAt),
    putCheckpoint: (checkpoint) => putCheckpoint(ctx, checkpoint),
    latestCheckpoint: () => latestCheckpoint(ctx),
    listCheckpoints: (page) => listCheckpoints(ctx, page),
  };
}
