import { timingSafeEqual } from 'node:crypto';
import { hmacSha256 } from '@kabinet/core';

/**
 * HMAC-SHA-256 over a domain label and length-prefixed parts, as raw bytes. The byte-length
 * prefixes make the encoding injective, so `('ab', 'c')` and `('a', 'bc')` never collide.
 */
export function hmacPartsRaw(key: Uint8Array, label: string, parts: readonly string[]): Buffer {
  let message = label;
  for (const part of parts) message += `\0${Buffer.byteLength(part, 'utf8')}:${part}`;
  return hmacSha256(key, message, 'raw');
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
