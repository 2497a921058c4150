import {
  isSha256Hex,
  type JournalEntry,
  type JournalParty,
  type JournalPendingEntry,
  type JournalSubjectKey,
} from '@kabinet/ports';
import { invalidArgument } from '../../_lib/misuse.js';

/** The index key of a party: its type and id, NUL-separated. */
export const partyKey = (p: JournalParty): string => `${p.type}\u0000${p.id}`;

/** A party checked to be `{ type, id }` strings, copied and frozen. */
export function party(value: JournalParty, what: string): JournalParty {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.type !== 'string' ||
    typeof value.id !== 'string'
  ) {
    invalidArgument(`${what} must be { type, id } strings`);
  }
  return Object.freeze({ type: value.type, id: value.id });
}

/** A stored copy of a chain entry, checked and frozen, its parties interned. */
export function copyEntry(
  e: JournalEntry,
  intern: (p: JournalParty, what: string) => JournalParty,
): JournalEntry {
  if (typeof e !== 'object' || e === null) invalidArgument('a journal entry is an object');
  if (
    e.v !== 1 ||
    !Number.isSafeInteger(e.seq) ||
    e.seq < 0 ||
    !Number.isSafeInteger(e.ts) ||
    e.ts < 0 ||
    typeof e.action !== 'string'
  ) {
    invalidArgument('malformed journal entry', { seq: String(e.seq) });
  }
  // `prev` is compared with the last stored hash before anything is written, so only `hash` and the commitment need the form check.
  if (
    !isSha256Hex(e.hash) ||
    typeof e.prev !== 'string' ||
    (e.payloadCommitment !== null && !isSha256Hex(e.payloadCommitment))
  ) {
    invalidArgument('journal entry hashes are 64 lower-case hex characters', { seq: e.seq });
  }
  return Object.freeze({
    v: 1,
    seq: e.seq,
    ts: e.ts,
    actor: intern(e.actor, 'actor'),
    action: e.action,
    subject: intern(e.subject, 'subject'),
    payloadCommitment: e.payloadCommitment,
    prev: e.prev,
    hash: e.hash,
  });
}

/** A stored copy of a data key, checked and frozen. */
export function copySubjectKey(key: JournalSubjectKey): JournalSubjectKey {
  if (typeof key !== 'object' || key === null) invalidArgument('a subject key is an object');
  const subject = party(key.subject, 'subject');
  if (
    typeof key.id !== 'string' ||
    key.id === '' ||
    typeof key.wrapKid !== 'string' ||
    typeof key.wrapped !== 'string' ||
    !Number.isSafeInteger(key.createdAt)
  ) {
    invalidArgument('malformed subject key');
  }
  return Object.freeze({
    id: key.id,
    subject,
    wrapKid: key.wrapKid,
    wrapped: key.wrapped,
    createdAt: key.createdAt,
  });
}

/** A pending entry checked and frozen (a sealed payload, or none). */
export function copyPending(p: JournalPendingEntry): JournalPendingEntry {
  if (typeof p !== 'object' || p === null) invalidArgument('a pending journal entry is an object');
  if (
    !Number.isSafeInteger(p.ts) ||
    p.ts < 0 ||
    typeof p.action !== 'string' ||
    (p.payloadCommitment !== null && !isSha256Hex(p.payloadCommitment))
  ) {
    invalidArgument('malformed pending journal entry');
  }
  const actor = party(p.actor, 'actor');
  const subject = party(p.subject, 'subject');
  const base = {
    ts: p.ts,
    actor,
    action: p.action,
    subject,
    payloadCommitment: p.payloadCommitment,
  };
  if (p.payload === undefined) return Object.freeze(base);
  const payload = p.payload;
  if (
    payload.state !== 'sealed' ||
    typeof payload.keyId !== 'string' ||
    typeof payload.iv !== 'string' ||
    typeof payload.ciphertext !== 'string'
  ) {
    invalidArgument('an enqueued payload is sealed');
  }
  if (p.payloadCommitment === null)
    invalidArgument('a payload needs an entry with a payload commitment');
  return Object.freeze({
    ...base,
    payload: Object.freeze({
      state: 'sealed' as const,
      keyId: payload.keyId,
      iv: payload.iv,
      ciphertext: payload.ciphertext,
    }),
  });
}

/** Whether two data keys are the same record, field by field. */
export function sameSubjectKey(a: JournalSubjectKey, b: JournalSubjectKey): boolean {
  return (
    a.id === b.id &&
    a.wrapKid === b.wrapKid &&
    a.wrapped === b.wrapped &&
    a.createdAt === b.createdAt &&
    partyKey(a.subject) === partyKey(b.subject)
  );
}
