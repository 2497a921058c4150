import { isIdString } from '../_lib/strings.js';
import { toView } from './_lib/challenge-view.js';
import type { OtpContext } from './_lib/otp-context.js';
import { ownedBy } from './_lib/session-binding.js';
import type { ChallengeView } from './challenge-record.js';

/**
 * The public view of a challenge, if it exists and belongs to this session (OTP-2): another
 * session learns nothing, not even that it exists.
 *
 * @param ctx - the one-time-code context
 * @param input - the challenge id and the session id
 * @returns the view, or `undefined`
 * @example
 * ```ts
 * const view = await describeChallenge(ctx, { challengeId, sessionId });
 * if (view !== undefined) showResendTimer(view.codeExpiresAt);
 * ```
 */
export async function describeChallenge(
  ctx: OtpContext,
  input: { readonly challengeId: string; readonly sessionId: string },
): Promise<ChallengeView | undefined> {
  if (!isIdString(input?.challengeId)) return undefined;
  const record = await ctx.challenges.get(input.challengeId);
  return record !== undefined && ownedBy(ctx.keys, record, input.sessionId)
    ? toView(record)
    : undefined;
}
