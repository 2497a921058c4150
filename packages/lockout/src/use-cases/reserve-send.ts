import { KabinetError } from '@kabinet/core';
import { giveBackAll } from '../_lib/give-back.js';
import { keyPart } from '../_lib/key-part.js';
import { dayWindow } from '../decide/day-window.js';
import { decideSend, type SendDecision } from '../decide/decide-send.js';
import type { SendInput } from '../service/lockout-service.js';
import type { LockoutContext } from '../steps/lockout-context.js';

/**
 * Reserves a code send to a destination (S-5): the cooldown, the daily caps per destination
 * and per IP. A refused send gives its reservations back and counts nothing.
 *
 * @param ctx - the lockout context
 * @param input - the channel, the destination and the IP that asked
 * @returns allowed (with the next send time and what is left today), or refused with the wait
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a channel other than `sms` or `email`
 * @example
 * ```ts
 * const send = await reserveSend(ctx, { channel: 'sms', destination: '+79161234567', ip });
 * if (!send.allowed) return retryLater(send.retryAfterMs);
 * ```
 */
export async function reserveSend(ctx: LockoutContext, input: SendInput): Promise<SendDecision> {
  const { counters, policy, keys: k } = ctx;
  const channel = input?.channel;
  if (channel !== 'sms' && channel !== 'email')
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'channel must be sms or email');
  const destination = keyPart(input.destination, 'destination');
  const ip = keyPart(input.ip, 'ip');
  const now = ctx.clock.now();
  const day = dayWindow(now, policy.dayOffsetMinutes);
  const keys = [
    k.sendIp(ip, day.index),
    k.sendCooldown(channel, destination),
    k.sendDay(channel, destination, day.index),
  ] as const;
  const [ipState, cooldown, dest] = await Promise.all([
    counters.increment(keys[0], { ttlMs: day.end - now }),
    counters.increment(keys[1], { ttlMs: policy.send.cooldownMs }),
    counters.increment(keys[2], { ttlMs: day.end - now }),
  ]);
  const decision = decideSend(
    {
      ipSendsToday: ipState.value,
      cooldownHits: cooldown.value,
      cooldownEndsAt: cooldown.expiresAt,
      destinationSendsToday: dest.value,
    },
    channel,
    now,
    policy,
  );
  if (!decision.allowed)
    await giveBackAll(counters, ctx.clock.now(), [
      [keys[0], ipState],
      [keys[1], cooldown],
      [keys[2], dest],
    ]);
  return decision;
}
