// Sessions (S-10, S-11, ACC-11): list with IPs and devices, end one, end the others, log
// out, rotate the refresh token, re-authenticate before a sensitive change.
import { issue } from '@kabinet/core';
import { sessionInputSchemas } from 'kabinet';
import { ACCOUNT_LEVELS } from '@kabinet/ports';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import type { HttpReply } from '../../../../responses/http-reply.js';
import { carriesCsrfToken } from '../../../../_lib/check-csrf.js';
import { readCookie } from '../../../../_lib/read-cookie.js';
import { clearedCookies, CSRF_HEADER } from '../../session-transport/cookies.js';
import { handOver } from '../../session-transport/hand-over.js';
import { authenticatedSchema, transportSchema } from '../../schemas.js';
import { responder } from '../../reply/respond.js';
import {
  accountRoute,
  kabinetRoute,
  metaOf,
  type ApiTools,
  type KabinetContext,
} from '../../tools.js';

const TAGS = ['sessions'];
const sessionViewSchema = z.object({
  sessionId: z.string(),
  createdAt: z.number().int(),
  lastSeenAt: z.number().int(),
  idleExpiresAt: z
    .number()
    .int()
    .describe(
      'ends if not used before then: the last use plus the idle timeout (every request moves it)',
    ),
  absoluteExpiresAt: z
    .number()
    .int()
    .describe(
      'ends then however much it is used (absolute lifetime); whichever of the two comes first ends the session',
    ),
  ip: z.string().optional(),
  userAgent: z.string().optional(),
  level: z.enum(ACCOUNT_LEVELS),
  current: z.boolean(),
});

/** The session routes. */
export function sessionRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const sessions = kabinet.sessions;
  const respond = responder(catalogue);
  /** The reply that a session ended, clearing its cookies when it was this cookie session. */
  const ended =
    (ctx: KabinetContext, thisSession: boolean) =>
    (data: unknown): HttpReply => {
      const principal = ctx.principal;
      const viaCookie = principal?.kind === 'account' && principal.via === 'cookie';
      return thisSession && viaCookie && tools.cookies !== false
        ? { status: 200, body: data, cookies: clearedCookies(tools.cookies) }
        : { status: 200, body: data };
    };
  return [
    accountRoute({
      operationId: 'listSessions',
      method: 'GET',
      path: '/v1/sessions',
      summary: 'The live sessions with their IPs and devices (ACC-11)',
      tags: TAGS,
      responses: {
        200: {
          description: 'Sessions',
          schema: z.object({ sessions: z.array(sessionViewSchema) }),
        },
      },
      // Two named ends, the same two names a login answer uses — no bare `expiresAt` to guess at.
      handle: async (ctx, auth) =>
        respond(ctx, sessions.list(auth), (data) => ({
          status: 200,
          body: { sessions: data.map(({ expiresAt: _either, ...view }) => view) },
        })),
    }),
    accountRoute({
      operationId: 'endSession',
      method: 'DELETE',
      path: '/v1/sessions/{sessionId}',
      summary: 'End one of the account’s sessions',
      tags: TAGS,
      responses: {
        200: { description: 'Ended', schema: z.object({ ended: z.string() }) },
        404: { description: 'Not a session of this account' },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          sessions.end(auth, { sessionId: ctx.params.sessionId ?? '' }),
          ended(ctx, ctx.params.sessionId === auth.sessionId),
        ),
    }),
    accountRoute({
      operationId: 'endOtherSessions',
      method: 'POST',
      path: '/v1/sessions/end-others',
      summary: 'End every session but this one',
      tags: TAGS,
      responses: {
        200: { description: 'How many ended', schema: z.object({ ended: z.number().int() }) },
      },
      handle: async (ctx, auth) => respond(ctx, sessions.endOthers(auth)),
    }),
    accountRoute({
      operationId: 'logout',
      method: 'POST',
      path: '/v1/sessions/logout',
      summary: 'End this session (its cookies are cleared)',
      tags: TAGS,
      responses: { 200: { description: 'Ended', schema: z.object({ ended: z.string() }) } },
      handle: async (ctx, auth) => respond(ctx, sessions.logout(auth), ended(ctx, true)),
    }),
    kabinetRoute({
      operationId: 'refreshSession',
      method: 'POST',
      path: '/v1/sessions/refresh',
      summary:
        'Rotate the refresh token (from the body, or the refresh cookie with the CSRF header): a new pair; a spent token ends the session (S-10)',
      tags: TAGS,
      access: 'public',
      // The token may come from the refresh cookie instead (cookie transport).
      body: sessionInputSchemas.refresh.partial().extend({ transport: transportSchema }),
      responses: {
        200: { description: 'The new session tokens', schema: authenticatedSchema },
        401: { description: 'Invalid, spent or expired refresh token (`session.invalid_token`)' },
      },
      handle: async (ctx) => {
        let refreshToken = ctx.body.refreshToken;
        let transport = ctx.body.transport;
        if (refreshToken === undefined && tools.cookies !== false) {
          const cookies = ctx.request.headers.get('cookie');
          const fromCookie = readCookie(cookies, tools.cookies.refresh);
          if (fromCookie !== undefined) {
            // The refresh cookie is sent by the browser on its own: require the double-submit token too.
            if (!carriesCsrfToken(ctx.request, tools.cookies.csrf, CSRF_HEADER))
              return ctx.problem(403, 'http.csrf_failed');
            refreshToken = fromCookie;
            transport = 'cookie';
          }
        }
        if (refreshToken === undefined)
          return ctx.problem(401, 'session.invalid_token', [
            issue('session.invalid_token', ['refreshToken']),
          ]);
        return respond(ctx, sessions.refresh({ refreshToken }, metaOf(ctx)), (data) =>
          handOver(ctx, tools, data, transport),
        );
      },
    }),
    accountRoute({
      operationId: 'reauthenticate',
      method: 'POST',
      path: '/v1/sessions/reauthenticate',
      summary:
        'Enter the password again before a sensitive change: contact, password or second factor (S-11)',
      tags: TAGS,
      body: sessionInputSchemas.reauthenticate,
      responses: {
        200: {
          description: 'Re-authenticated',
          schema: z.object({ authenticatedAt: z.number().int() }),
        },
        401: { description: 'Wrong password (`auth.invalid_credentials`)' },
      },
      handle: async (ctx, auth) =>
        respond(ctx, sessions.reauthenticate(auth, ctx.body, metaOf(ctx))),
    }),
  ];
}
