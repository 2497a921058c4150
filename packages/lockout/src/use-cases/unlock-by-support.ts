import { keyPart } from '../_lib/key-part.js';
import { dayWindow } from '../decide/day-window.js';
import type { LockoutEvent } from '../service/lockout-event.js';
import type { SupportUnlockInput } from '../service/lockout-service.js';
import { liftLock } from '../steps/lift-lock.js';
import type { LockoutContext } from '../steps/lockout-context.js';
import { readLockStatus } from '../steps/read-lock-status.js';

/**
 * Lifts an account's lock and failure count, and the code blocks and daily caps of the
 * identifiers named, on a support decision (ACC-8, ACC-9).
 *
 * @param ctx - the lockout context
 * @param input - the account key, its phones / e-mails, the operator
 * @returns the `lockout.unlocked` event (by `support`) to journal
 * @example
 * ```ts
 * const events = await unlockBySupport(ctx, { account: 'acc_1', identifiers: ['+79161234567'], operator: 'op_7' });
 * ```
 */
export async function unlockBySupport(
  ctx: LockoutContext,
  input: SupportUnlockInput,
): Promise<LockoutEvent[]> {
  const { counters, keys: k } = ctx;
  const account = keyPart(input?.account, 'account');
  const now = ctx.clock.now();
  const status = await readLockStatus(ctx, account, now);
  const day = dayWindow(now, ctx.policy.dayOffsetMinutes);
  const identifiers = (input.identifiers ?? []).map((i) => keyPart(i, 'identifier'));
  const event = await liftLock(ctx, account, status, now, 'support', () =>
    identifiers.flatMap((id) => [
      counters.reset(k.codeNext(id)),
      counters.reset(k.codeDay(id, day.index)),
    ]),
  );
  return [{ ...event, ...(input.operator === undefined ? {} : { operator: input.operator }) }];
}
