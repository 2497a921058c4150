import { issue } from '@kabinet/core';
import type { HttpReply } from '../../../responses/http-reply.js';
import { failureReply } from '../reply/answer.js';
import { newCsrfToken, sessionCookies, type TokenPairLike } from './cookies.js';
import type { ApiTools, KabinetContext } from '../tools.js';

/**
 * Hands a new session to the client: the token pair in the body (bearer transport), or
 * HttpOnly cookies with a fresh CSRF token (cookie transport) — the body then carries no token.
 */
export function handOver(
  ctx: KabinetContext,
  tools: ApiTools,
  tokens: TokenPairLike,
  transport: 'bearer' | 'cookie' | undefined,
  status = 200,
): HttpReply {
  // The two ends of a session, named as GET /v1/sessions names them: the idle timeout (moves with
  // every use; the session was used just now) and the absolute lifetime (never moves).
  const ends = {
    sessionIdleExpiresAt: tools.now() + tools.kabinet.policy.sessionIdleMs,
    sessionAbsoluteExpiresAt: tokens.sessionExpiresAt,
  };
  if (transport !== 'cookie') {
    const { accessToken, accessTokenExpiresAt, refreshToken, sessionId } = tokens;
    return {
      status,
      body: {
        status: 'authenticated',
        tokens: { accessToken, accessTokenExpiresAt, refreshToken, sessionId, ...ends },
      },
    };
  }
  if (tools.cookies === false)
    return failureReply(ctx, [issue('input.wrong_format', ['transport'], { expected: 'bearer' })]);
  const csrfToken = newCsrfToken();
  return {
    status,
    body: {
      status: 'authenticated',
      session: {
        sessionId: tokens.sessionId,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
        ...ends,
        csrfToken,
      },
    },
    cookies: sessionCookies(tokens, csrfToken, tools.cookies, tools.now()),
  };
}
