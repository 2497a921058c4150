/**
 * Cookie and header names of the double-submit CSRF check.
 *
 * @example
 * ```ts
 * const csrf: CsrfOptions = { sessionCookie: 'kabinet_session', csrfCookie: 'kabinet_csrf', csrfHeader: 'x-csrf-token' };
 * ```
 */
export interface CsrfOptions {
  /** Cookie carrying the session (its presence makes CSRF checks apply). */
  readonly sessionCookie: string;
  /** Cookie carrying the CSRF token. */
  readonly csrfCookie: string;
  /** Header the client copies the CSRF token into. */
  readonly csrfHeader: string;
}
