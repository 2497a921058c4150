// Session cookies for browser clients: the access token (HttpOnly), the refresh token
// (HttpOnly, sent only to the refresh route) and the CSRF token (readable by the page, copied
// into the `X-CSRF-Token` header: double submit, checked by the HTTP handler).

import type { KabinetCookieOptions } from '../../kabinet-http-options.js';

/** The header a cookie session's unsafe requests carry the CSRF cookie's value in. */
export const CSRF_HEADER = 'x-csrf-token';

/** Cookie names and attributes. */
export interface CookieSettings {
  readonly session: string;
  readonly refresh: string;
  readonly csrf: string;
  /** `Path` of the session and CSRF cookies (the API's mount path). */
  readonly path: string;
  /** `Path` of the refresh cookie. */
  readonly refreshPath: string;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax';
}

/** What a login or refresh hands out (the sessions service's token pair). */
export interface TokenPairLike {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: number;
  readonly refreshToken: string;
  readonly sessionId: string;
  readonly sessionExpiresAt: number;
}

/**
 * The cookie names and attributes of `createKabinetHttp`'s `cookies` option, or `false` when
 * cookie sessions are off: `path` is where the API is mounted (default `/`), the refresh cookie
 * goes only to the refresh route under it, `Secure` by default, `SameSite=Lax` by default.
 */
export function cookieSettingsOf(
  options: KabinetCookieOptions | false | undefined,
): CookieSettings | false {
  if (options === false) return false;
  const path = normalizePath(options?.path ?? '/');
  return {
    session: 'kabinet_session',
    refresh: 'kabinet_refresh',
    csrf: 'kabinet_csrf',
    path,
    refreshPath: `${path === '/' ? '' : path}/v1/sessions/refresh`,
    secure: options?.secure ?? true,
    sameSite: options?.sameSite ?? 'Lax',
  };
}

/** `/` and one slash between segments, none at the end. */
function normalizePath(path: string): string {
  const trimmed = `/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function cookie(
  name: string,
  value: string,
  attributes: { path: string; maxAgeSeconds: number; httpOnly: boolean; settings: CookieSettings },
): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${attributes.path}`,
    `Max-Age=${Math.max(0, Math.floor(attributes.maxAgeSeconds))}`,
    `SameSite=${attributes.settings.sameSite}`,
  ];
  if (attributes.httpOnly) parts.push('HttpOnly');
  if (attributes.settings.secure) parts.push('Secure');
  return parts.join('; ');
}

/** A fresh CSRF token: 32 random bytes, base64url. */
export function newCsrfToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Buffer.from(bytes).toString('base64url');
}

/** `Set-Cookie` values that open a cookie session. */
export function sessionCookies(
  tokens: TokenPairLike,
  csrfToken: string,
  settings: CookieSettings,
  now: number,
): string[] {
  const access = (tokens.accessTokenExpiresAt - now) / 1000;
  const session = (tokens.sessionExpiresAt - now) / 1000;
  return [
    cookie(settings.session, tokens.accessToken, {
      path: settings.path,
      maxAgeSeconds: access,
      httpOnly: true,
      settings,
    }),
    cookie(settings.refresh, tokens.refreshToken, {
      path: settings.refreshPath,
      maxAgeSeconds: session,
      httpOnly: true,
      settings,
    }),
    cookie(settings.csrf, csrfToken, {
      path: settings.path,
      maxAgeSeconds: session,
      httpOnly: false,
      settings,
    }),
  ];
}

/** `Set-Cookie` values that end a cookie session. */
export function clearedCookies(settings: CookieSettings): string[] {
  return [
    cookie(settings.session, '', {
      path: settings.path,
      maxAgeSeconds: 0,
      httpOnly: true,
      settings,
    }),
    cookie(settings.refresh, '', {
      path: settings.refreshPath,
      maxAgeSeconds: 0,
      httpOnly: true,
      settings,
    }),
    cookie(settings.csrf, '', { path: settings.path, maxAgeSeconds: 0, httpOnly: false, settings }),
  ];
}
