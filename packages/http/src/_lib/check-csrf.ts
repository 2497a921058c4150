import type { CsrfOptions } from '../routing/csrf-options.js';
import { timingSafeEqualStrings } from '@kabinet/core';
import { readCookie } from './read-cookie.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit check: an unsafe request that authenticates with the session cookie must carry
 * the CSRF cookie's value in the CSRF header. Bearer-token requests are not subject to CSRF.
 */
export function passesCsrf(request: Request, options: CsrfOptions): boolean {
  if (SAFE.has(request.method)) return true;
  const cookies = request.headers.get('cookie');
  if (readCookie(cookies, options.sessionCookie) === undefined) return true;
  return carriesCsrfToken(request, options.csrfCookie, options.csrfHeader);
}

/**
 * Whether the request carries the CSRF cookie's value, not empty, in the CSRF header (compared in
 * constant time): the double-submit proof itself.
 */
export function carriesCsrfToken(
  request: Request,
  cookieName: string,
  headerName: string,
): boolean {
  const cookie = readCookie(request.headers.get('cookie'), cookieName);
  const header = request.headers.get(headerName);
  return (
    cookie !== undefined &&
    header !== null &&
    cookie.length > 0 &&
    timingSafeEqualStrings(cookie, header)
  );
}
