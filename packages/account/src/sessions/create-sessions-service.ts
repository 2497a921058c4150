import { isIP } from 'node:net';
import { fail, isConflict, issue, ok, readInput, type Result } from '@kabinet/core';
import type { LoginLog } from '@kabinet/audit';
import type { AccountLevel } from '@kabinet/ports';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import { sessionInputSchemas } from './session-input-schemas.js';
import type { AuthContext, RequestMeta, TokenPair } from '../context/auth-context.js';
import { loadAccount, runAccountStep } from '../steps/run-account-step.js';
import { accountParty } from '../_lib/journal-draft.js';
import { checkPassword } from '../_lib/password-check.js';
import { lockOut } from '../steps/lock-out.js';
import { requireSession } from '../_lib/require-session.js';
import { liveSessions, revokeSessions } from '../_lib/sessions.js';
import { authenticate } from './authenticate.js';
import { refreshSession } from './refresh-session.js';

/** A session as its owner sees it (ACC-11). */
export interface SessionView {
  /** The session's id. */
  readonly sessionId: string;
  /** Epoch ms of the login. */
  readonly createdAt: number;
  /** Epoch ms of the last request seen. */
  readonly lastSeenAt: number;
  /** Epoch ms it ends: the earlier of `idleExpiresAt` and `absoluteExpiresAt`. */
  readonly expiresAt: number;
  /** Epoch ms it ends if not used before then (idle timeout: `lastSeenAt` + the policy's idle time; moves with every use). */
  readonly idleExpiresAt: number;
  /** Epoch ms it ends however much it is used (absolute lifetime; the `sessionExpiresAt` of its tokens). */
  readonly absoluteExpiresAt: number;
  /** The IP it logged in from. */
  readonly ip?: string;
  /** The device's `User-Agent`. */
  readonly userAgent?: string;
  /** The account level it was issued for. */
  readonly level: AccountLevel;
  /** The session making the request. */
  readonly current: boolean;
}

/** One session ended. */
export interface SessionEnded {
  /** The id of the ended session. */
  readonly ended: string;
}

/** Several sessions ended. */
export interface SessionsEnded {
  /** How many ended. */
  readonly ended: number;
}

/** A completed re-authentication. */
export interface Reauthenticated {
  /** Epoch ms; sensitive changes are allowed for the policy's `reauthWindowMs` after it. */
  readonly authenticatedAt: number;
}

/** A blocked IP address. */
export interface IpBlocked {
  /** The address. */
  readonly blocked: string;
  /** How many sessions from it ended. */
  readonly endedSessions: number;
}

/** Sessions: authenticate requests, rotate refresh tokens, list and end sessions, re-authenticate (S-10, S-11, ACC-11). */
export interface SessionsService {
  /**
   * Verifies an access token and the live session behind it. Fails with
   * `session.invalid_token`, `session.invalid` (ended, idle, past its lifetime, account not
   * usable) or `session.level_changed` (refresh to get a session of the new level).
   */
  authenticate(accessToken: unknown): Promise<Result<AuthContext>>;
  /**
   * Rotates a refresh token `{ refreshToken }`: a new pair each time; the old token is spent.
   * Presenting a spent token again revokes the session (`session.invalid_token`). After a
   * level change the new pair belongs to a new session id.
   */
  refresh(
    input: z.input<typeof sessionInputSchemas.refresh>,
    meta?: RequestMeta,
  ): Promise<Result<TokenPair>>;
  /** The account's live sessions with IPs and devices. */
  list(auth: AuthContext): Promise<Result<SessionView[]>>;
  /** Ends one of the account's sessions `{ sessionId }`. */
  end(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.end>,
  ): Promise<Result<SessionEnded>>;
  /** Ends every session but the current one (ASVS 7.4.3). */
  endOthers(auth: AuthContext): Promise<Result<SessionsEnded>>;
  /** Ends the current session. */
  logout(auth: AuthContext): Promise<Result<SessionEnded>>;
  /** Full re-authentication `{ password }` before a sensitive change (S-11). */
  reauthenticate(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.reauthenticate>,
    meta?: RequestMeta,
  ): Promise<Result<Reauthenticated>>;
  /** The log of logins with IP addresses, newest first, and the blocked IPs (ACC-11, AUD-2). */
  loginLog(auth: AuthContext): Promise<Result<LoginLog>>;
  /** Blocks an unknown IP `{ ip }` (ACC-11): its sessions end and logins from it fail like a wrong password. */
  blockIp(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.blockIp>,
  ): Promise<Result<IpBlocked>>;
}

/**
 * Creates the sessions service over the shared account context.
 *
 * @param ctx - the account context ({@link createAccountContext})
 * @returns the service
 * @example
 * ```ts
 * const sessions = createSessionsService(ctx);
 * const auth = await sessions.authenticate(request.headers.authorization?.slice(7));
 * if (!auth.success) return unauthorised();
 * ```
 */
export function createSessionsService(ctx: AccountContext): SessionsService {
  const invalid = fail(issue('session.invalid', []));

  async function endSessions(
    auth: AuthContext,
    pick: (ids: readonly string[]) => readonly string[],
    action: string,
  ): Promise<Result<number>> {
    const current = await requireSession(ctx, auth);
    if (!current.success) return current;
    let ended: readonly string[] = [];
    return runAccountStep(
      ctx,
      auth.accountId,
      accountParty(auth.accountId),
      async (account, now) => {
        ended = pick(account.sessionIds);
        const count = await revokeSessions(
          ctx,
          ended,
          ended.includes(auth.sessionId) ? 'logout' : 'ended_by_other',
          now,
        );
        return {
          result: ok(count),
          account: {
            ...account,
            sessionIds: account.sessionIds.filter((id) => !ended.includes(id)),
            updatedAt: now,
          },
          journal: [{ action, payload: { sessions: ended.length } }],
        };
      },
    );
  }

  return {
    authenticate: (accessToken) => authenticate(ctx, accessToken),
    refresh: (input, meta) => refreshSession(ctx, input, meta),
    async list(auth) {
      const current = await requireSession(ctx, auth);
      if (!current.success) return current;
      const account = await loadAccount(ctx, auth.accountId);
      if (account === undefined) return invalid;
      const live = await liveSessions(ctx, account.sessionIds, ctx.clock.now());
      return ok(
        live.map((s) => ({
          sessionId: s.id,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          expiresAt: Math.min(s.absoluteExpiresAt, s.lastSeenAt + ctx.policy.sessionIdleMs),
          idleExpiresAt: s.lastSeenAt + ctx.policy.sessionIdleMs,
          absoluteExpiresAt: s.absoluteExpiresAt,
          ...(s.ip === undefined ? {} : { ip: s.ip }),
          ...(s.userAgent === undefined ? {} : { userAgent: s.userAgent }),
          level: s.level,
          current: s.id === auth.sessionId,
        })),
      );
    },
    async end(auth, input) {
      const read = readInput(sessionInputSchemas.end, input);
      if (!read.success) return read;
      const target = read.data.sessionId;
      const account = await loadAccount(ctx, auth?.accountId);
      if (account === undefined || !account.sessionIds.includes(target))
        return fail(issue('session.not_found', ['sessionId']));
      const r = await endSessions(
        auth,
        (ids) => ids.filter((id) => id === target),
        'session.ended',
      );
      return r.success ? ok({ ended: target }) : r;
    },
    async endOthers(auth) {
      const r = await endSessions(
        auth,
        (ids) => ids.filter((id) => id !== auth.sessionId),
        'session.others_ended',
      );
      return r.success ? ok({ ended: r.data }) : r;
    },
    async logout(auth) {
      const r = await endSessions(
        auth,
        (ids) => ids.filter((id) => id === auth.sessionId),
        'session.logged_out',
      );
      return r.success ? ok({ ended: auth.sessionId }) : r;
    },
    async reauthenticate(auth, input, meta = {}) {
      const read = readInput(sessionInputSchemas.reauthenticate, input);
      if (!read.success) return read;
      const current = await requireSession(ctx, auth);
      if (!current.success) return current;
      const account = await loadAccount(ctx, auth.accountId);
      if (account === undefined) return invalid;
      const check = await checkPassword(ctx, account.id, account, read.data.password, meta.ip);
      if (check.outcome !== 'ok') {
        await ctx.journal.append({
          actor: accountParty(account.id),
          action: 'session.reauth_failed',
          subject: accountParty(account.id),
          payload: { sessionId: auth.sessionId },
        });
        await lockOut(ctx, account.id, check);
        return fail(issue('auth.invalid_credentials', []));
      }
      const now = ctx.clock.now();
      return runAccountStep(ctx, account.id, accountParty(account.id), async (fresh) => {
        for (let round = 0; round <= ctx.policy.conflictRetries; round++) {
          const session = await ctx.stores.sessions.get(auth.sessionId);
          if (session === undefined) return { result: invalid };
          const { version, ...plain } = session;
          try {
            await ctx.stores.sessions.update(
              { ...plain, authenticatedAt: now, lastSeenAt: now },
              version,
            );
            break;
          } catch (error) {
            if (!isConflict(error)) throw error;
          }
        }
        const password =
          check.rehash === undefined ? fresh.password : { ...fresh.password, hash: check.rehash };
        return {
          result: ok({ authenticatedAt: now }),
          account: { ...fresh, password, updatedAt: now },
          journal: [{ action: 'session.reauthenticated', payload: { sessionId: auth.sessionId } }],
        };
      });
    },
    async loginLog(auth) {
      const current = await requireSession(ctx, auth);
      if (!current.success) return current;
      return ok(await ctx.journal.loginLog(accountParty(auth.accountId)));
    },
    async blockIp(auth, input) {
      const read = readInput(sessionInputSchemas.blockIp, input);
      if (!read.success) return read;
      const ip = read.data.ip.trim();
      if (isIP(ip) === 0) return fail(issue('ip.invalid', ['ip']));
      const current = await requireSession(ctx, auth);
      if (!current.success) return current;
      if (current.data.ip === ip) return fail(issue('ip.invalid', ['ip']));
      return runAccountStep(
        ctx,
        auth.accountId,
        accountParty(auth.accountId),
        async (account, now) => {
          const live = await liveSessions(ctx, account.sessionIds, now);
          const ended = live.filter((s) => s.ip === ip).map((s) => s.id);
          const index = ctx.blindIndex('ip', ip);
          return {
            result: ok({ blocked: ip, endedSessions: ended.length }),
            account: {
              ...account,
              blockedIps: account.blockedIps.includes(index)
                ? account.blockedIps
                : [...account.blockedIps, index],
              sessionIds: account.sessionIds.filter((id) => !ended.includes(id)),
              updatedAt: now,
            },
            journal: [{ action: 'account.ip.blocked', payload: { ip } }],
            after: async () => {
              await revokeSessions(ctx, ended, 'ended_by_other', now);
            },
          };
        },
      );
    },
  };
}
