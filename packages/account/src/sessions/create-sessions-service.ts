import type { LoginLog } from '@kabinet/audit';
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
import type { SessionInput } from './session-input-schemas.js';
import type {
  IpBlocked,
  Reauthenticated,
  SessionEnded,
  SessionView,
  SessionsEnded,
} from './sessions-results.js';
import type { AccountResult } from '../messages/account-result.js';

/** Sessions: authenticate requests, rotate refresh tokens, list and end sessions, re-authenticate (S-10, S-11, ACC-11). */
export interface SessionsService {
  /**
   * Verifies an access token and the live session behind it. Fails with
   * `session.invalid_token`, `session.invalid` (ended, idle, past its lifetime, account not
   * usable) or `session.level_changed` (refresh to get a session of the new level).
   */
  authenticate(accessToken: unknown): Promise<AccountResult<AuthContext>>;
  /**
   * Rotates a refresh token `{ refreshToken }`: a new pair each time; the old token is spent.
   * Presenting a spent token again revokes the session (`session.invalid_token`). After a
   * level change the new pair belongs to a new session id.
   */
  refresh(input: SessionInput<'refresh'>, meta?: RequestMeta): Promise<AccountResult<TokenPair>>;
  /** The account's live sessions with IPs and devices. */
  list(auth: AuthContext): Promise<AccountResult<SessionView[]>>;
  /** Ends one of the account's sessions `{ sessionId }`. */
  end(auth: AuthContext, input: SessionInput<'end'>): Promise<AccountResult<SessionEnded>>;
  /** Ends every session but the current one (ASVS 7.4.3). */
  endOthers(auth: AuthContext): Promise<AccountResult<SessionsEnded>>;
  /** Ends the current session. */
  logout(auth: AuthContext): Promise<AccountResult<SessionEnded>>;
  /** Full re-authentication `{ password }` before a sensitive change (S-11). */
  reauthenticate(
    auth: AuthContext,
    input: SessionInput<'reauthenticate'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<Reauthenticated>>;
  /** The log of logins with IP addresses, newest first, and the blocked IPs (ACC-11, AUD-2). */
  loginLog(auth: AuthContext): Promise<AccountResult<LoginLog>>;
  /** Blocks an unknown IP `{ ip }` (ACC-11): its sessions end and logins from it fail like a wrong password. */
  blockIp(auth: AuthContext, input: SessionInput<'blockIp'>): Promise<AccountResult<IpBlocked>>;
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
