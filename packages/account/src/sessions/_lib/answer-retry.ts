import type { SessionRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { TokenPair } from '../../context/auth-context.js';
import { hashSecret } from '../../_lib/secrets.js';
import { sessionProblem, tokenPair } from '../../_lib/sessions.js';
import { refreshContext } from './session-rules.js';

/**
 * S-16: the token this session's last rotation spent, presented again within the retry
 * window while the token issued for it is still unused, is a retry whose response was lost:
 * it gets the same refresh token (and a new access token), and nothing is written. After a
 * level change the issued token belongs to the new session.
 */
export async function answerRetry(
  ctx: AccountContext,
  session: SessionRecord,
  presented: string,
  now: number,
): Promise<TokenPair | undefined> {
  const last = session.lastRotation;
  if (last === undefined || last.from !== presented || now - last.at >= ctx.policy.refreshRetryMs)
    return undefined;
  const target = last.session === undefined ? session : await ctx.stores.sessions.get(last.session);
  if (
    target === undefined ||
    target.accountId !== session.accountId ||
    sessionProblem(target, now, ctx.policy.sessionIdleMs) !== undefined
  )
    return undefined;
  let secret: string;
  try {
    secret = ctx.pii.decrypt(last.secret, refreshContext(session.id));
  } catch {
    return undefined;
  }
  return target.refreshHash === hashSecret(secret)
    ? tokenPair(ctx, target, secret, now)
    : undefined;
}
