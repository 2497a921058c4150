import { giveBackAll } from '../_lib/give-back.js';
import { keyPart } from '../_lib/key-part.js';
import { dayWindow } from '../decide/day-window.js';
import { decideLookup, type LookupDecision } from '../decide/decide-lookup.js';
import type { LockoutContext } from '../steps/lockout-context.js';

/**
 * Reserves a registry look-up for a subject today (OTP-7): the subject's daily cap and the
 * total. A refused look-up is deferred to the next local day and counts nothing.
 *
 * @param ctx - the lockout context
 * @param input - the subject looked up
 * @returns allowed, or refused with when the next day starts
 * @example
 * ```ts
 * const lookup = await reserveLookup(ctx, { subject: passportBlindIndex });
 * if (!lookup.allowed) deferUntil(lookup.retryAt);
 * ```
 */
export async function reserveLookup(
  ctx: LockoutContext,
  input: { readonly subject: string },
): Promise<LookupDecision> {
  const { counters, policy, keys: k } = ctx;
  const subject = keyPart(input?.subject, 'subject');
  const now = ctx.clock.now();
  const day = dayWindow(now, policy.dayOffsetMinutes);
  const subjectKey = k.lookupSubject(subject, day.index);
  const totalKey = k.lookupTotal(day.index);
  const [subjectState, totalState] = await Promise.all([
    counters.increment(subjectKey, { ttlMs: day.end - now }),
    policy.lookup.maxTotalPerDay === null
      ? Promise.resolve(undefined)
      : counters.increment(totalKey, { ttlMs: day.end - now }),
  ]);
  const decision = decideLookup(
    { subjectToday: subjectState.value, totalToday: totalState?.value ?? 0 },
    now,
    policy,
  );
  if (!decision.allowed)
    await giveBackAll(counters, ctx.clock.now(), [
      [subjectKey, subjectState],
      ...(totalState === undefined ? [] : [[totalKey, totalState] as const]),
    ]);
  return decision;
}
