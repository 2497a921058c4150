import { hmacSha256, timingSafeEqualStrings } from '@kabinet/core';
import type { SecretKey } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';

/**
 * `<kid>:<hex HMAC-SHA-256 of scope NUL value>` under a key: the one stored form of the
 * account's keyed MACs — blind indexes (S-12) and short secrets such as letter codes (S-3).
 * The scope keeps equal values of different kinds apart.
 */
export function scopedMac(secret: SecretKey, scope: string, value: string): string {
  return `${secret.kid}:${hmacSha256(secret.key, `${scope}\u0000${value}`, 'hex')}`;
}

/** {@link scopedMac} of a short secret under the current `otp-pepper` key (a dump reveals no code, S-3). */
export function macSecret(ctx: AccountContext, scope: string, secret: string): string {
  return scopedMac(ctx.keys.currentSecret('otp-pepper'), scope, secret);
}

/** Checks a short secret against {@link macSecret}'s output, with the key it names. */
export function verifySecretMac(
  ctx: AccountContext,
  scope: string,
  secret: string,
  stored: string,
): boolean {
  const colon = stored.indexOf(':');
  const key = ctx.keys.secretById('otp-pepper', stored.slice(0, colon));
  if (colon <= 0 || key === undefined) return false;
  return timingSafeEqualStrings(
    scopedMac(key, scope, secret).slice(key.kid.length + 1),
    stored.slice(colon + 1),
  );
}
