import { KabinetError, createId, type Random } from '@kabinet/core';
import type { JournalParty, JournalSubjectKey, KeyProvider } from '@kabinet/ports';
import { open, seal } from './aes-gcm.js';
import { fromBase64url, toBase64url } from './base64url.js';

/** Canonical string of a party, used in AADs and map keys. */
export function partyKey(party: JournalParty): string {
  return `${party.type}:${party.id}`;
}

function wrapAad(id: string, subject: JournalParty): string {
  return `kabinet.journal.data-key.v1|${id}|${partyKey(subject)}`;
}

/** A fresh 32-byte data key for a subject, wrapped by the current `journal-payload` secret. */
export function newSubjectKey(subject: JournalParty, keys: KeyProvider, now: number, random: Random): { record: JournalSubjectKey; key: Uint8Array } {
  const wrapping = keys.currentSecret('journal-payload');
  if (wrapping.key.length !== 32) throw new KabinetError('ERR_CONFIG', 'the journal-payload secret must be 32 bytes', { details: { kid: wrapping.kid } });
  const key = random.bytes(32);
  const id = createId('jdk', now, random);
  const iv = random.bytes(12);
  const wrapped = seal(wrapping.key, iv, key, wrapAad(id, subject));
  const blob = new Uint8Array(12 + wrapped.length);
  blob.set(iv, 0);
  blob.set(wrapped, 12);
  return { record: { id, subject: { type: subject.type, id: subject.id }, wrapKid: wrapping.kid, wrapped: toBase64url(blob), createdAt: now }, key };
}

/** The unwrapped data key, or `undefined` when the wrapping secret is gone or the blob was altered. */
export function unwrapSubjectKey(record: JournalSubjectKey, keys: KeyProvider): Uint8Array | undefined {
  const wrapping = keys.secretById('journal-payload', record.wrapKid);
  const blob = fromBase64url(record.wrapped);
  if (wrapping === undefined || blob === undefined || blob.length < 12 + 16) return undefined;
  return open(wrapping.key, blob.subarray(0, 12), blob.subarray(12), wrapAad(record.id, record.subject));
}
