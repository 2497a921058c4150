import type {
  JournalCheckpointRecord,
  JournalEntry,
  JournalParty,
  JournalPayloadRecord,
  JournalSubjectKey,
} from '@kabinet/ports';
import { invalidArgument } from './misuse.js';
import { quotedSchema } from './schema-name.js';

/** The default name of a journal in the shared journal tables. */
export const DEFAULT_JOURNAL = 'kabinet';

/** The journal tables of a schema, quoted for SQL text. */
export interface JournalTables {
  readonly entries: string;
  readonly payloads: string;
  readonly keys: string;
  readonly checkpoints: string;
  readonly outbox: string;
}

/** The journal tables of `schema` (default `kabinet`). */
export function journalTables(schema: string | undefined): JournalTables {
  const s = quotedSchema(schema);
  return {
    entries: `${s}.kabinet_journal_entries`,
    payloads: `${s}.kabinet_journal_payloads`,
    keys: `${s}.kabinet_journal_subject_keys`,
    checkpoints: `${s}.kabinet_journal_checkpoints`,
    outbox: `${s}.kabinet_journal_outbox`,
  };
}

/** The journal name, checked: a non-empty string without NUL. */
export function journalName(name: string | undefined): string {
  const journal = name ?? DEFAULT_JOURNAL;
  if (typeof journal !== 'string' || journal === '' || journal.includes('\u0000'))
    invalidArgument('a journal name is a non-empty string without NUL');
  return journal;
}

/** The columns of an entry, in the order of {@link entryOf}. */
export const ENTRY_COLUMNS =
  'seq, v, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment, prev, hash';

/** The columns an entry in the chain and an entry waiting in the outbox both have. */
export interface EntryFieldsRow extends Record<string, unknown> {
  ts: string | number;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  payload_commitment: string | null;
}

/** An entry row as `pg` returns it (bigint columns as strings). */
export interface EntryRow extends EntryFieldsRow {
  seq: string | number;
  v: number;
  prev: string;
  hash: string;
}

/**
 * An entry's values for the columns `actor_type, actor_id, action, subject_type, subject_id,
 * payload_commitment`, in that order (an append and an enqueue both write them).
 */
export function entryFieldValues(
  entry: Pick<JournalEntry, 'actor' | 'action' | 'subject' | 'payloadCommitment'>,
): unknown[] {
  return [
    entry.actor.type,
    entry.actor.id,
    entry.action,
    entry.subject.type,
    entry.subject.id,
    entry.payloadCommitment,
  ];
}

/** A fresh entry object from its row: field for field what was appended. */
export function entryOf(row: EntryRow): JournalEntry {
  return {
    v: 1,
    seq: Number(row.seq),
    ts: Number(row.ts),
    actor: { type: row.actor_type, id: row.actor_id },
    action: row.action,
    subject: { type: row.subject_type, id: row.subject_id },
    payloadCommitment: row.payload_commitment,
    prev: row.prev,
    hash: row.hash,
  };
}

/** A payload row. */
export interface PayloadRow extends Record<string, unknown> {
  seq: string | number;
  subject_type: string;
  subject_id: string;
  key_id: string | null;
  iv: string | null;
  ciphertext: string | null;
  erased_at: number | null;
}

/** The payload record of a row: sealed, or erased. */
export function payloadOf(row: PayloadRow): JournalPayloadRecord {
  const seq = Number(row.seq);
  const subject = { type: row.subject_type, id: row.subject_id };
  if (row.erased_at !== null) return { state: 'erased', seq, subject, erasedAt: row.erased_at };
  return {
    state: 'sealed',
    seq,
    subject,
    keyId: row.key_id!,
    iv: row.iv!,
    ciphertext: row.ciphertext!,
  };
}

/** A subject key row. */
export interface SubjectKeyRow extends Record<string, unknown> {
  id: string;
  subject_type: string;
  subject_id: string;
  wrap_kid: string;
  wrapped: string;
  created_at: string | number;
}

/** The columns of a subject key, in the order of {@link subjectKeyOf}. */
export const SUBJECT_KEY_COLUMNS = 'id, subject_type, subject_id, wrap_kid, wrapped, created_at';

/** The data key of a row. */
export function subjectKeyOf(row: SubjectKeyRow): JournalSubjectKey {
  return {
    id: row.id,
    subject: { type: row.subject_type, id: row.subject_id },
    wrapKid: row.wrap_kid,
    wrapped: row.wrapped,
    createdAt: Number(row.created_at),
  };
}

/** A checkpoint row. */
export interface CheckpointRow extends Record<string, unknown> {
  size: string | number;
  root: string;
  head: string;
  ts: number;
  kid: string;
  jws: string;
  frontier: string[] | null;
}

/** The columns of a checkpoint. */
export const CHECKPOINT_COLUMNS = 'size, root, head, ts, kid, jws, frontier';

/** The checkpoint record of a row (`frontier` only when one was stored). */
export function checkpointOf(row: CheckpointRow): JournalCheckpointRecord {
  const base = {
    size: Number(row.size),
    root: row.root,
    head: row.head,
    ts: row.ts,
    kid: row.kid,
    jws: row.jws,
  };
  return row.frontier === null ? base : { ...base, frontier: row.frontier };
}

/** A string PostgreSQL `text` can hold (no NUL). */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('\u0000');
}

/** A party checked: `{ type, id }`, both strings PostgreSQL can hold. */
export function checkedParty(value: JournalParty, what: string): JournalParty {
  if (typeof value !== 'object' || value === null || !isText(value.type) || !isText(value.id))
    invalidArgument(`${what} must be { type, id } strings without NUL`);
  return { type: value.type, id: value.id };
}
