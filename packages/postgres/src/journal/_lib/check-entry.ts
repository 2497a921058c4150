import {
  type JournalEntry,
  type JournalSealedPayload,
  type JournalSubjectKey,
} from '@kabinet/ports';
import { checkedParty, isText } from '../../_lib/journal-rows.js';
import { invalidArgument } from '../../_lib/misuse.js';

/** The payload checked: sealed, of the entry's seq and subject, for an entry that commits to one. */
export function checkPayload(entry: JournalEntry, payload: JournalSealedPayload): void {
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
export function checkSubjectKey(key: JournalSubjectKey): JournalSubjectKey {
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
