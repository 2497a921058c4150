import { isIdString } from '../_lib/strings.js';
import { toView } from './_lib/challenge-view.js';
import type { OtpContext } from './_lib/otp-context.js';
import { ownedBy } from './_lib/session-binding.js';
import type { ChallengeView } from './challenge-record.js';
import type { ConfirmationStatus, ConfirmationStatusInput } from './otp-service.js';

/**
 * Whether a flow's challenges are all confirmed by this session, and every required channel
 * among them (CONTACT-3: both phone and e-mail). A challenge of another session is pending.
 *
 * @param ctx - the one-time-code context
 * @param input - the session, the flow's challenge ids and the channels it needs
 * @returns complete or not, the confirmed challenges and the pending ids
 * @example
 * ```ts
 * const status = await confirmationStatus(ctx, { sessionId, challengeIds: [smsId, emailId], requireChannels: ['sms', 'email'] });
 * if (status.complete) createAccount();
 * ```
 */
export async function confirmationStatus(
  ctx: OtpContext,
  input: ConfirmationStatusInput,
): Promise<ConfirmationStatus> {
  const ids = Array.isArray(input?.challengeIds) ? input.challengeIds : [];
  const confirmed: ChallengeView[] = [];
  const pending: string[] = [];
  for (const id of ids) {
    const record = isIdString(id) ? await ctx.challenges.get(id) : undefined;
    if (record?.consumedAt !== undefined && ownedBy(ctx.keys, record, input.sessionId))
      confirmed.push(toView(record));
    else pending.push(String(id));
  }
  const channels = new Set(confirmed.map((c) => c.channel));
  const required = input?.requireChannels ?? [];
  const complete = ids.length > 0 && pending.length === 0 && required.every((c) => channels.has(c));
  return { complete, confirmed, pending };
}
