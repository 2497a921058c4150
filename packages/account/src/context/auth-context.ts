import type { AccountLevel, AccountLifecycle } from '@kabinet/ports';

/**
 * Who is calling: what `sessions.authenticate(accessToken)` returns for a live session.
 * Every authenticated use case takes it as its first argument; the services re-check the
 * session behind it.
 *
 * @example
 * ```ts
 * const auth = await kabinet.sessions.authenticate(bearerToken);
 * if (auth.success) await kabinet.contacts.get(auth.data);
 * ```
 */
export interface AuthContext {
  /** The account of the session. */
  readonly accountId: string;
  /** The live server-side session behind the access token. */
  readonly sessionId: string;
  /** The account level (equal to the session's: a level change needs a refresh). */
  readonly level: AccountLevel;
  /** The account lifecycle state (active, clarification requested or restricted). */
  readonly lifecycle: AccountLifecycle;
  /** When the session last fully authenticated (login or re-authentication), epoch ms. */
  readonly authenticatedAt: number;
}

/** Facts about the request a use case records (login log, send limits): never trusted for authorisation. */
export interface RequestMeta {
  /** The client IP as the HTTP layer determined it. */
  readonly ip?: string;
  /** The client's `User-Agent`, shown in the session list and the login log. */
  readonly userAgent?: string;
}

/** The tokens a login or a refresh hands out. */
export interface TokenPair {
  /** A short-lived JWT for the `Authorization: Bearer` header. */
  readonly accessToken: string;
  /** Epoch ms at which the access token expires. */
  readonly accessTokenExpiresAt: number;
  /** An opaque, single-use token for `sessions.refresh` (rotated on every use). */
  readonly refreshToken: string;
  /** The server-side session id (new on every login and level change). */
  readonly sessionId: string;
  /** The absolute end of the session (its lifetime, however much it is used); the idle timeout may end it sooner. */
  readonly sessionExpiresAt: number;
}
