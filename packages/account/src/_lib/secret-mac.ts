import { createHmac } from 'node:crypto';
import { timingSafeEqualStrings } from '@kabinet/core';
import type { AccountContext } from '../context/account-context.js';

/** `<kid>:<hex HMAC>` of a short secret under the current `otp-pepper` key (a dump reveals no code, S-3). */
export function macSecret(ctx: AccountContext, scope: string, secret: string): string {
  const { kid, key } = ctx.keys.currentSecret('otp-pepper');
  return `${kid}:${createHmac('sha256', key).update(`${scope}\u0000${secret}`, 'utf8').digest('hex')}`;
}

/** Checks a short secret against {@link macSecret}'s output, with the key it names. */
export function verifySecretMac(ctx: AccountContext, scope: string, secret: string, stored: string): boolean {
  const colon = stored.indexOf(':');
  const key = ctx.keys.secretById('otp-pepper', stored.slice(0, colon));
  if (colon <= 0 || key === undefined) return false;
  const mac = createHmac('sha256', key.key).update(`${scope}\u0000${secret}`, 'utf8').digest('hex');
  return timingSafeEqualStrings(mac, stored.slice(colon + 1));
}
