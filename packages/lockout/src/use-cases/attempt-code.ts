import { giveBack } from '../_lib/give-back.js';
import { keyPart } from '../_lib/key-part.js';
import { dayWindow } from '../decide/day-window.js';
import { decideCodeAttempt } from '../decide/decide-code-attempt.js';
import type { Verdict } from '../service/judge-attempt.js';
import type { CodeAttemptInput, CodeAttemptResult } from '../service/lockout-service.js';
import type { LockoutContext } from '../steps/lockout-context.js';

/**
 * Guards a one-time-code check for an identifier: one attempt at a time, blocked for
 * `code.blockMs` after a wrong code (OTP-3), capped per day and per IP (S-4). `judge` maps the
 * result to success / failure / neutral. Rethrows what `run` throws, counting nothing.
 *
 * @param ctx - the lockout context
 * @param input - the identifier (phone, e-mail, `totp:<account>`, …) and the IP
 * @param run - the check itself
 * @param judge - how its result counts
 * @returns what `run` returned and how it was judged, or the refusal and the wait
 * @example
 * ```ts
 * const r = await attemptCode(ctx, { identifier: phone, ip }, () => otp.verify(input), judgeAttempt);
 * if (!r.ran) return retryLater(r.retryAfterMs);
 * ```
 */
export async function attemptCode<T>(
  ctx: LockoutContext,
  input: CodeAttemptInput,
  run: () => Promise<T>,
  judge: (value: T) => Verdict,
): Promise<CodeAttemptResult<T>> {
  const { counters, policy, clock, keys: k } = ctx;
  const id = keyPart(input?.identifier, 'identifier');
  const ip = keyPart(input?.ip, 'ip');
  const now = clock.now();
  const day = dayWindow(now, policy.dayOffsetMinutes);
  const ipKey = k.codeIp(ip, day.index);
  // The slot first, the state after: a holder releases the slot only after it has written its
  // block, so whoever holds the slot next reads that block (read together, a request could
  // read the state before the block and take the slot after its release: two judged).
  const slot = await counters.increment(k.codeSlot(id), { ttlMs: policy.attemptLeaseMs });
  const [ipState, next, today] = await Promise.all([
    counters.increment(ipKey, { ttlMs: day.end - now }),
    counters.get(k.codeNext(id)),
    counters.get(k.codeDay(id, day.index)),
  ]);
  const decision = decideCodeAttempt(
    {
      ipFailuresToday: ipState.value,
      holders: slot.value,
      nextAllowedAt: next?.value ?? 0,
      failuresToday: today?.value ?? 0,
    },
    now,
    policy,
  );
  const releaseSlot = (): Promise<void> =>
    slot.value === 1 ? counters.reset(k.codeSlot(id)) : Promise.resolve();
  const giveBackIp = (): Promise<void> => giveBack(counters, ipKey, day.end - clock.now());
  if (!decision.allowed) {
    await Promise.all([giveBackIp(), releaseSlot()]);
    return { ran: false, reason: decision.reason, retryAfterMs: decision.retryAfterMs };
  }
  let value: T;
  let verdict: Verdict;
  try {
    value = await run();
    verdict = judge(value);
  } catch (error) {
    await Promise.all([giveBackIp(), releaseSlot()]);
    throw error;
  }
  if (verdict === 'failure') {
    // OTP-3: a wrong code blocks the identifier for code.blockMs and counts towards its day.
    const at = clock.now();
    const settleDay = dayWindow(at, policy.dayOffsetMinutes);
    await Promise.all([
      counters.raiseTo(k.codeNext(id), at + policy.code.blockMs, policy.code.blockMs),
      counters.increment(k.codeDay(id, settleDay.index), { ttlMs: settleDay.end - at }),
    ]);
    await releaseSlot();
    return { ran: true, verdict, value, retryAfterMs: policy.code.blockMs };
  }
  await Promise.all([
    giveBackIp(),
    verdict === 'success' ? counters.reset(k.codeNext(id)) : Promise.resolve(),
  ]);
  await releaseSlot();
  return { ran: true, verdict, value };
}
