import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA-256 over a domain label and length-prefixed parts, base64url. The byte-length
 * prefixes make the encoding injective, so `('ab', 'c')` and `('a', 'bc')` never collide.
 */
export function hmacParts(key: Uint8Array, label: string, parts: readonly string[]): string {
  const mac = createHmac('sha256', key);
  mac.update(label);
  for (const part of parts) {
    mac.update(`\0${Buffer.byteLength(part, 'utf8')}:`);
    mac.update(part, 'utf8');
  }
  return mac.digest('base64url');
}

/** Compares two base64url MACs in constant time; malformed or different-length values are unequal. */
export function macEquals(a: string, b: string): boolean {
  const left = Buffer.from(a, 'base64url');
  const right = Buffer.from(b, 'base64url');
  if (left.length !== right.length || left.length === 0) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
