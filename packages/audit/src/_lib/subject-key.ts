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

/** The current `journal-payload` secret, checked to be an AES-256 key. */
function currentWrapping(keys: KeyProvider): { kid: string; key: Uint8Array } {
  const wrapping = keys.currentSecret('journal-payload');
  if (wrapping.key.length !== 32)
    throw new KabinetError('ERR_CONFIG', 'the journal-payload secret must be 32 bytes', {
      details: { kid: wrapping.kid },
    });
  return wrapping;
}

/** `nonce ‖ AES-256-GCM(key)` under `wrapping`, with a fresh nonce; the AAD binds the key id and subject. */
function wrap(
  wrapping: Uint8Array,
  key: Uint8Array,
  id: string,
  subject: JournalParty,
  random: Random,
): string {
  const iv = random.bytes(12);
  const wrapped = seal(wrapping, iv, key, wrapAad(id, subject));
  const blob = new Uint8Array(12 + wrapped.length);
  blob.set(iv, 0);
  blob.set(wrapped, 12);
  return toBase64url(blob);
}

/** A fresh 32-byte data key for a subject, wrapped by the current `journal-payload` secret. */
export function newSubjectKey(
  subject: JournalParty,
  keys: KeyProvider,
  now: number,
  random: Random,
): { record: JournalSubjectKey; key: Uint8Array } {
  const wrapping = currentWrapping(keys);
  const key = random.bytes(32);
  const id = createId('jdk', now, random);
  const wrapped = wrap(wrapping.key, key, id, subject, random);
  return {
    record: {
      id,
      subject: { type: subject.type, id: subject.id },
      wrapKid: wrapping.kid,
      wrapped,
      createdAt: now,
    },
    key,
  };
}

/**
 * The same data key wrapped anew by the current `journal-payload` secret (fresh nonce, same
 * AAD: key id and subject), or `undefined` when it cannot be unwrapped (its secret is gone or
 * the blob was altered). Id, subject and creation time stay, so every payload still opens.
 */
export function rewrapSubjectKey(
  record: JournalSubjectKey,
  keys: KeyProvider,
  random: Random,
): JournalSubjectKey | undefined {
  const wrapping = currentWrapping(keys);
  const key = unwrapSubjectKey(record, keys);
  if (key === undefined) return undefined;
  try {
    const wrapped = wrap(wrapping.key, key, record.id, record.subject, random);
    return {
      id: record.id,
      subject: { type: record.subject.type, id: record.subject.id },
      wrapKid: wrapping.kid,
      wrapped,
      createdAt: record.createdAt,
    };
  } finally {
    key.fill(0);
  }
}

/** The unwrapped data key, or `undefined` when the wrapping secret is gone or the blob was altered. */
export function unwrapSubjectKey(
  record: JournalSubjectKey,
  keys: KeyProvider,
): Uint8Array | undefined {
  const wrapping = keys.secretById('journal-payload', record.wrapKid);
  const blob = fromBase64url(record.wrapped);
  if (wrapping === undefined || blob === undefined || blob.length < 12 + 16) return undefined;
  return open(
    wrapping.key,
    blob.subarray(0, 12),
    blob.subarray(12),
    wrapAad(record.id, record.subject),
  );
}
