import { createId, fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { SessionRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { RequestMeta, TokenPair } from '../context/auth-context.js';
import { accountParty } from '../_lib/journal-draft.js';
import { hashSecret, newSecret, splitToken } from '../_lib/secrets.js';
import { openSession, revokeSessions, sessionProblem, tokenPair } from '../_lib/sessions.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { answerRetry } from './_lib/answer-retry.js';
import { MAX_USED_REFRESH, USABLE, refreshContext } from './_lib/session-rules.js';
import { sessionInputSchemas, type SessionInput } from './session-input-schemas.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Rotates a refresh token `{ refreshToken }`: a new pair, the old token spent (S-10). A spent
 * token presented again ends the whole session, unless it is a retry of a rotation whose answer
 * was lost (S-16); a level change opens a session with a new id.
 *
 * @param ctx - the account context
 * @param input - `{ refreshToken }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the new token pair, or `session.invalid_token`
 * @example
 * ```ts
 * const r = await refreshSession(ctx, { refreshToken }, { ip });
 * if (r.success) setCookies(r.data);
 * ```
 */
export async function refreshSession(
  ctx: AccountContext,
  input: SessionInput<'refresh'>,
  meta: RequestMeta = {},
): Promise<Result<TokenPair, AccountIssueCode>> {
  const invalidToken = fail(issue('session.invalid_token', []));
  const read = readInput(sessionInputSchemas.refresh, input);
  if (!read.success) return read;
  const parts = splitToken(read.data.refreshToken, 'ses');
  if (parts === undefined) return invalidToken;
  const presented = hashSecret(parts.secret);
  for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
    const session = await ctx.stores.sessions.get(parts.id);
    const now = ctx.clock.now();
    if (session === undefined) return invalidToken;
    if (
      session.usedRefreshHashes.includes(presented) &&
      (session.revokedAt === undefined || session.revokeReason === 'level_change')
    ) {
      const retried = await answerRetry(ctx, session, presented, now);
      if (retried !== undefined) return ok(retried);
      if (session.revokedAt !== undefined) return invalidToken;
      // Reuse of a spent token: someone holds a copy. End the whole session (S-10).
      await revokeSessions(ctx, [session.id], 'refresh_reuse', now);
      await ctx.journal.append({
        actor: accountParty(session.accountId),
        action: 'session.refresh_reused',
        subject: accountParty(session.accountId),
        payload: { sessionId: session.id },
      });
      return invalidToken;
    }
    if (
      session.refreshHash !== presented ||
      sessionProblem(session, now, ctx.policy.sessionIdleMs) !== undefined
    )
      return invalidToken;
    const account = await loadAccount(ctx, session.accountId);
    if (account === undefined || !USABLE.has(account.lifecycle)) return invalidToken;
    const { version, ...plain } = session;
    const secret = newSecret(ctx.random);
    const spent: SessionRecord = {
      ...plain,
      usedRefreshHashes: [presented, ...plain.usedRefreshHashes].slice(0, MAX_USED_REFRESH),
      lastSeenAt: now,
    };
    if (account.level !== session.level) {
      // S-10: a level change gets a new session id; the old one ends, remembering where it went (S-16).
      const id = createId('ses', now, ctx.random);
      const lastRotation = {
        from: presented,
        secret: ctx.pii.encrypt(secret, refreshContext(session.id)),
        at: now,
        session: id,
      };
      try {
        await ctx.stores.sessions.update(
          {
            ...spent,
            refreshHash: hashSecret(newSecret(ctx.random)),
            revokedAt: now,
            revokeReason: 'level_change',
            lastRotation,
          },
          version,
        );
      } catch (error) {
        if (isConflict(error)) continue;
        throw error;
      }
      const opened = await openSession(ctx, {
        accountId: account.id,
        level: account.level,
        meta,
        now,
        absoluteExpiresAt: session.absoluteExpiresAt,
        id,
        secret,
      });
      const swapped = await runAccountStep(
        ctx,
        account.id,
        accountParty(account.id),
        async (current) => ({
          result: ok(opened.tokens),
          account: {
            ...current,
            sessionIds: [
              ...current.sessionIds.filter((id) => id !== session.id),
              opened.session.id,
            ],
          },
          journal: [
            {
              action: 'session.rotated',
              payload: { from: session.id, to: opened.session.id, level: account.level },
            },
          ],
        }),
      );
      return swapped;
    }
    try {
      const lastRotation = {
        from: presented,
        secret: ctx.pii.encrypt(secret, refreshContext(session.id)),
        at: now,
      };
      const next = await ctx.stores.sessions.update(
        { ...spent, refreshHash: hashSecret(secret), lastRotation },
        version,
      );
      return ok(await tokenPair(ctx, next, secret, now));
    } catch (error) {
      if (isConflict(error)) continue;
      throw error;
    }
  }
  return invalidToken;
}
