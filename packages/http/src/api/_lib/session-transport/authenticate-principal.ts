// Who calls: an account holder by a bearer access token or the session cookie, else a support
// operator as the deployment's hook recognises one, else nobody.
import type { Kabinet } from 'kabinet';
import { readCookie } from '../../../_lib/read-cookie.js';
import type { KabinetPrincipal } from '../../kabinet-principal.js';
import type { KabinetHttpOptions } from '../../kabinet-http-options.js';
import type { CookieSettings } from './cookies.js';

/** The longest token read from a header or a cookie. */
const MAX_TOKEN = 4096;

/**
 * The handler's `authenticate`: a bearer token (`Authorization: Bearer …`) when the request has
 * one, the session cookie otherwise (when cookie sessions are on), then the `operators` hook.
 */
export function principalAuthenticator(
  kabinet: Kabinet,
  cookies: CookieSettings | false,
  operators: KabinetHttpOptions['operators'],
): (request: Request) => Promise<KabinetPrincipal | undefined> {
  return async (request) => {
    const authorization = request.headers.get('authorization');
    if (authorization !== null && /^bearer\s+/i.test(authorization)) {
      const token = authorization
        .replace(/^bearer\s+/i, '')
        .trim()
        .slice(0, MAX_TOKEN);
      const r = await kabinet.sessions.authenticate(token);
      if (r.success) return { kind: 'account', auth: r.data, via: 'bearer' };
    } else if (cookies !== false) {
      const token = readCookie(request.headers.get('cookie'), cookies.session);
      if (token !== undefined) {
        const r = await kabinet.sessions.authenticate(token.slice(0, MAX_TOKEN));
        if (r.success) return { kind: 'account', auth: r.data, via: 'cookie' };
      }
    }
    const operator = await operators?.(request);
    return operator === undefined
      ? undefined
      : { kind: 'operator', operatorId: operator.operatorId };
  };
}
