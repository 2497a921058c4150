import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

// HMAC keys as KeyObjects, cached by content (never by array identity, so a caller that reuses
// a buffer can never get a stale key): building a KeyObject per call costs about as much as the
// HMAC itself. Bounded: cleared when full (keys are few and rotate rarely).
const keyObjects = new Map<string, KeyObject>();
const MAX_KEYS = 64;

function keyObject(key: Uint8Array): KeyObject {
  const id = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1');
  let found = keyObjects.get(id);
  if (found === undefined) {
    if (keyObjects.size >= MAX_KEYS) keyObjects.clear();
    found = createSecretKey(key);
    keyObjects.set(id, found);
  }
  return found;
}

/**
 * HMAC-SHA-256 over a domain label and length-prefixed parts, as raw bytes. The byte-length
 * prefixes make the encoding injective, so `('ab', 'c')` and `('a', 'bc')` never collide.
 */
export function hmacPartsRaw(key: Uint8Array, label: string, parts: readonly string[]): Buffer {
  let message = label;
  for (const part of parts) message += `\0${Buffer.byteLength(part, 'utf8')}:${part}`;
  return createHmac('sha256', keyObject(key)).update(message, 'utf8').digest();
}

/** {@link hmacPartsRaw} as base64url, the stored form. */
export function hmacParts(key: Uint8Array, label: string, parts: readonly string[]): string {
  return hmacPartsRaw(key, label, parts).toString('base64url');
}

/** Compares raw MAC bytes with a stored base64url MAC in constant time; malformed or different-length values are unequal. */
export function macMatches(computed: Buffer, stored: string): boolean {
  const expected = typeof stored === 'string' ? Buffer.from(stored, 'base64url') : Buffer.alloc(0);
  if (expected.length !== computed.length) {
    timingSafeEqual(computed, computed);
    return false;
  }
  return timingSafeEqual(computed, expected);
}
