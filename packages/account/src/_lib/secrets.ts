import { createHash } from 'node:crypto';
import type { Random } from '@kabinet/core';

/** A new 256-bit secret, base64url (refresh tokens, resume tokens, login tokens). */
export function newSecret(random: Random): string {
  return Buffer.from(random.bytes(32)).toString('base64url');
}

/** SHA-256 hex of a high-entropy secret (no pepper needed at 256 bits). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Splits `<id>.<secret>` tokens; `undefined` for anything else. */
export function splitToken(
  token: unknown,
  prefix: string,
): { id: string; secret: string } | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const dot = token.indexOf('.');
  if (dot <= 0) return undefined;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (
    !id.startsWith(`${prefix}_`) ||
    !/^[A-Za-z0-9_-]{20,100}$/.test(secret) ||
    !/^[a-z]+_[0-9a-z]{10,40}$/.test(id)
  )
    return undefined;
  return { id, secret };
}
