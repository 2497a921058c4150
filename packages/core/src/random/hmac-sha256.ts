import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** How {@link hmacSha256} returns the MAC: the bytes, or text in lower-case hex or base64url. */
export type HmacEncoding = 'raw' | 'hex' | 'base64url';

// HMAC keys as KeyObjects, cached by content (never by array identity, so a caller that reuses
// a buffer can never get a stale key): building a KeyObject per call costs about as much as the
// HMAC itself. Bounded: cleared when full (keys are few and rotate rarely).
const keyObjects = new Map<string, KeyObject>();
const MAX_KEYS = 64;

function keyObject(key: Uint8Array | string): KeyObject {
  const bytes =
    typeof key === 'string'
      ? Buffer.from(key, 'utf8')
      : Buffer.from(key.buffer, key.byteOffset, key.byteLength);
  const id = bytes.toString('latin1');
  let found = keyObjects.get(id);
  if (found === undefined) {
    if (keyObjects.size >= MAX_KEYS) keyObjects.clear();
    found = createSecretKey(Buffer.from(bytes));
    keyObjects.set(id, found);
  }
  return found;
}

/**
 * HMAC-SHA-256 of a UTF-8 message: the one keyed hash behind every stored MAC, blind index and
 * provider signature. Each stored form keeps its own encoding (blind indexes and account
 * secrets in hex, one-time-code MACs in base64url, pre-hashes as bytes), chosen here.
 *
 * @param key - the key: bytes, or a string taken as its UTF-8 bytes (provider secrets)
 * @param message - the message, hashed as UTF-8
 * @param encoding - `'raw'` for a `Buffer`, `'hex'` (lower case) or `'base64url'` for a string
 * @returns the MAC in the chosen encoding
 * @example
 * ```ts
 * hmacSha256(pepper, `letter\u0000${code}`, 'hex'); // '46cb71…' (64 hex digits)
 * hmacSha256(pepper, message, 'base64url');       // 43 characters
 * hmacSha256(pepper, message, 'raw');             // Buffer of 32 bytes
 * ```
 */
export function hmacSha256(key: Uint8Array | string, message: string, encoding: 'raw'): Buffer;
export function hmacSha256(
  key: Uint8Array | string,
  message: string,
  encoding: 'hex' | 'base64url',
): string;
export function hmacSha256(
  key: Uint8Array | string,
  message: string,
  encoding: HmacEncoding,
): Buffer | string {
  const mac = createHmac('sha256', keyObject(key)).update(message, 'utf8').digest();
  return encoding === 'raw' ? mac : mac.toString(encoding);
}
