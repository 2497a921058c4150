import type { Result } from '@kabinet/core';
import type { LoginLog } from '@kabinet/audit';
import type { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta, TokenPair } from '../context/auth-context.js';
import { authenticate } from './authenticate.js';
import { blockIp } from './block-ip.js';
import { endOtherSessions } from './end-other-sessions.js';
import { endSession } from './end-session.js';
import { listSessions } from './list-sessions.js';
import { loginLog } from './login-log.js';
import { logout } from './logout.js';
import { reauthenticate } from './reauthenticate.js';
import { refreshSession } from './refresh-session.js';
import type { sessionInputSchemas } from './session-input-schemas.js';
import type {
  IpBlocked,
  Reauthenticated,
  SessionEnded,
  SessionView,
  SessionsEnded,
} from './sessions-results.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

export type {
  IpBlocked,
  Reauthenticated,
  SessionEnded,
  SessionView,
  SessionsEnded,
} from './sessions-results.js';

/** Sessions: authenticate requests, rotate refresh tokens, list and end sessions, re-authenticate (S-10, S-11, ACC-11). */
export interface SessionsService {
  /**
   * Verifies an access token and the live session behind it. Fails with
   * `session.invalid_token`, `session.invalid` (ended, idle, past its lifetime, account not
   * usable) or `session.level_changed` (refresh to get a session of the new level).
   */
  authenticate(accessToken: unknown): Promise<Result<AuthContext, AccountIssueCode>>;
  /**
   * Rotates a refresh token `{ refreshToken }`: a new pair each time; the old token is spent.
   * Presenting a spent token again revokes the session (`session.invalid_token`). After a
   * level change the new pair belongs to a new session id.
   */
  refresh(
    input: z.input<typeof sessionInputSchemas.refresh>,
    meta?: RequestMeta,
  ): Promise<Result<TokenPair, AccountIssueCode>>;
  /** The account's live sessions with IPs and devices. */
  list(auth: AuthContext): Promise<Result<SessionView[], AccountIssueCode>>;
  /** Ends one of the account's sessions `{ sessionId }`. */
  end(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.end>,
  ): Promise<Result<SessionEnded, AccountIssueCode>>;
  /** Ends every session but the current one (ASVS 7.4.3). */
  endOthers(auth: AuthContext): Promise<Result<SessionsEnded, AccountIssueCode>>;
  /** Ends the current session. */
  logout(auth: AuthContext): Promise<Result<SessionEnded, AccountIssueCode>>;
  /** Full re-authentication `{ password }` before a sensitive change (S-11). */
  reauthenticate(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.reauthenticate>,
    meta?: RequestMeta,
  ): Promise<Result<Reauthenticated, AccountIssueCode>>;
  /** The log of logins with IP addresses, newest first, and the blocked IPs (ACC-11, AUD-2). */
  loginLog(auth: AuthContext): Promise<Result<LoginLog, AccountIssueCode>>;
  /** Blocks an unknown IP `{ ip }` (ACC-11): its sessions end and logins from it fail like a wrong password. */
  blockIp(
    auth: AuthContext,
    input: z.input<typeof sessionInputSchemas.blockIp>,
  ): Promise<Result<IpBlocked, AccountIssueCode>>;
}

/**
 * Creates the sessions service over the shared account context.
 *
 * @param ctx - the account context ({@link createAccountServices})
 * @returns the service
 * @example
 * ```ts
 * const sessions = createSessionsService(ctx);
 * const auth = await sessions.authenticate(request.headers.authorization?.slice(7));
 * if (!auth.success) return unauthorised();
 * ```
 */
export function createSessionsService(ctx: AccountContext): SessionsService {
  return {
    authenticate: (accessToken) => authenticate(ctx, accessToken),
    refresh: (input, meta) => refreshSession(ctx, input, meta),
    list: (auth) => listSessions(ctx, auth),
    end: (auth, input) => endSession(ctx, auth, input),
    endOthers: (auth) => endOtherSessions(ctx, auth),
    logout: (auth) => logout(ctx, auth),
    reauthenticate: (auth, input, meta) => reauthenticate(ctx, auth, input, meta),
    loginLog: (auth) => loginLog(ctx, auth),
    blockIp: (auth, input) => blockIp(ctx, auth, input),
  };
}
