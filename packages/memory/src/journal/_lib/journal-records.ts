import {
  checkJournalEntry,
  checkJournalPendingEntry,
  type JournalEntry,
  type JournalParty,
  type JournalPendingEntry,
  type JournalPendingSealedPayload,
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

/** A stored copy of a chain entry, checked (checkJournalEntry) and frozen, its parties interned. */
export function copyEntry(
  e: JournalEntry,
  intern: (p: JournalParty, what: string) => JournalParty,
): JournalEntry {
  checkJournalEntry(e);
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

/** A pending entry checked (checkJournalPendingEntry) and frozen (a sealed payload, or none). */
export function copyPending(p: JournalPendingEntry): JournalPendingEntry {
  checkJournalPendingEntry(p);
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
  // checkJournalPendingEntry refused any payload that is not sealed.
  const payload = p.payload as JournalPendingSealedPayload;
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
