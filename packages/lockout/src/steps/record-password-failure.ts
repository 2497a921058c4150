import { ipDelayMs } from '../decide/ip-delay-ms.js';
import { passwordDelayMs } from '../decide/password-delay-ms.js';
import type { LockoutContext } from './lockout-context.js';

/**
 * Counts a password failure of the account+IP pair and of the IP and starts their progressive
 * delays (OTP-5, S-7); a trusted pair stops being trusted after `freeFailures`.
 *
 * @param ctx - the lockout context
 * @param account - the account key
 * @param ip - the client IP
 * @param trusted - whether the pair was trusted
 * @returns the longer of the two delays it starts (0 when none)
 * @example
 * ```ts
 * const delay = await recordPasswordFailure(ctx, account, ip, trusted);
 * ```
 */
export async function recordPasswordFailure(
  ctx: LockoutContext,
  account: string,
  ip: string,
  trusted: boolean,
): Promise<number> {
  const { counters, policy, keys: k } = ctx;
  const now = ctx.clock.now();
  const pw = policy.password;
  const [pair, ipFailures] = await Promise.all([
    counters.increment(k.pairFailures(account, ip), {
      ttlMs: pw.pairWindowMs,
      window: 'sliding',
    }),
    counters.increment(k.ipFailures(ip), { ttlMs: pw.ipWindowMs, window: 'sliding' }),
  ]);
  const pairDelay = passwordDelayMs(pair.value, policy);
  const ipDelay = ipDelayMs(ipFailures.value, policy);
  await Promise.all([
    pairDelay > 0
      ? counters.raiseTo(k.pairNext(account, ip), now + pairDelay, pairDelay)
      : undefined,
    ipDelay > 0 ? counters.raiseTo(k.ipNext(ip), now + ipDelay, ipDelay) : undefined,
    trusted && pair.value >= pw.freeFailures ? counters.reset(k.trust(account, ip)) : undefined,
  ]);
  return Math.max(pairDelay, ipDelay);
}
