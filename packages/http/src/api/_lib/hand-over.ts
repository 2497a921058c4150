import { issue } from '@kabinet/core';
import type { HttpReply } from '../../responses/http-reply.js';
import { failureReply } from './answer.js';
import { newCsrfToken, sessionCookies, type TokenPairLike } from './cookies.js';
import type { ApiTools, KabinetContext } from './tools.js';

/**
 * Hands a new session to the client: the token pair in the body (bearer transport), or
 * HttpOnly cookies with a fresh CSRF token (cookie transport) — the body then carries no token.
 */
export function handOver(ctx: KabinetContext, tools: ApiTools, tokens: TokenPairLike, transport: 'bearer' | 'cookie' | undefined, status = 200): HttpReply {
  if (transport !== 'cookie') return { status, body: { status: 'authenticated', tokens } };
  if (tools.cookies === false) return failureReply(ctx, [issue('input.wrong_format', ['transport'], { expected: 'bearer' })]);
  const csrfToken = newCsrfToken();
  return {
    status,
    body: {
      status: 'authenticated',
      session: { sessionId: tokens.sessionId, accessTokenExpiresAt: tokens.accessTokenExpiresAt, sessionExpiresAt: tokens.sessionExpiresAt, csrfToken },
    },
    cookies: sessionCookies(tokens, csrfToken, tools.cookies, tools.now()),
  };
}
