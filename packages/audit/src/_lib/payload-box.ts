import type { JournalParty } from '@kabinet/ports';
import type { Random } from '@kabinet/core';
import { commitPayload } from '../entry/commit-payload.js';
import { canonicalizeJson } from '../entry/canonicalize-json.js';
import { open, seal } from './aes-gcm.js';
import { fromBase64url, toBase64url } from './base64url.js';
import { partyKey } from './subject-key.js';

function payloadAad(subject: JournalParty, keyId: string, commitment: string): string {
  return `kabinet.journal.payload.v1|${partyKey(subject)}|${keyId}|${commitment}`;
}

/** Encrypts `{salt, data}` under the subject's data key; the commitment binds it to its entry. */
export function sealPayload(
  data: unknown,
  subject: JournalParty,
  keyId: string,
  key: Uint8Array,
  random: Random,
): { commitment: string; iv: string; ciphertext: string } {
  const salt = random.bytes(16);
  const commitment = commitPayload(data, salt);
  const plaintext = Buffer.from(canonicalizeJson({ salt: toBase64url(salt), data }), 'utf8');
  const iv = random.bytes(12);
  return {
    commitment,
    iv: toBase64url(iv),
    ciphertext: toBase64url(seal(key, iv, plaintext, payloadAad(subject, keyId, commitment))),
  };
}

/** Decrypts a sealed payload; `unreadable` when authentication fails, `mismatch` when the commitment differs. */
export function openSealedPayload(
  sealed: { iv: string; ciphertext: string; keyId: string; subject: JournalParty },
  key: Uint8Array,
  commitment: string,
): { status: 'present'; data: unknown } | { status: 'unreadable' } | { status: 'mismatch' } {
  const iv = fromBase64url(sealed.iv);
  const body = fromBase64url(sealed.ciphertext);
  if (iv === undefined || body === undefined) return { status: 'unreadable' };
  const plain = open(key, iv, body, payloadAad(sealed.subject, sealed.keyId, commitment));
  if (plain === undefined) return { status: 'mismatch' };
  try {
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as {
      salt?: unknown;
      data?: unknown;
    };
    const salt = typeof parsed.salt === 'string' ? fromBase64url(parsed.salt) : undefined;
    if (salt === undefined || salt.length < 16 || commitPayload(parsed.data, salt) !== commitment)
      return { status: 'mismatch' };
    return { status: 'present', data: parsed.data };
  } catch {
    return { status: 'mismatch' };
  }
}
