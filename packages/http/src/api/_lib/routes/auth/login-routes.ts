// Login with a second factor (OTP-6, S-7, S-8) and the self-service unlock of a password lock,
// over `kabinet.auth`: the public half of the auth routes.
import { renderIssue, type MessageCatalogue } from '@kabinet/core';
import { authInputSchemas, type Kabinet } from 'kabinet';
import { SECOND_FACTOR_METHODS } from '@kabinet/ports';
import { z } from 'zod';
import type { Route, RouteContext } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataReply } from '../../reply/data-reply.js';
import { handOver } from '../../session-transport/hand-over.js';
import { responder } from '../../reply/respond.js';
import { authenticatedSchema, codeSentSchema, transportSchema } from '../../schemas.js';
import { kabinetRoute, metaOf, type ApiTools } from '../../tools.js';

/** The OpenAPI tags of the auth routes. */
export const AUTH_TAGS = ['auth'];
const FACTORS = [...SECOND_FACTOR_METHODS, 'backup_code'] as const;
const secondFactorSchema = z.object({
  status: z.literal('second_factor_required'),
  loginToken: z.string().describe('Pass to /v1/auth/login/code and /v1/auth/login/complete'),
  methods: z.array(z.enum(FACTORS)),
  preferred: z.enum(SECOND_FACTOR_METHODS),
  codeSentTo: z.string().optional().describe('masked, when the preferred factor is SMS or e-mail'),
  codeNotSent: z
    .object({
      channel: z.enum(['sms', 'email']),
      code: z
        .string()
        .describe('`auth.send_cooldown`, `auth.send_capped` or `auth.send_ip_capped`'),
      message: z
        .string()
        .describe(
          'why, in the asked language, with the wait in hours and minutes and the other ways',
        ),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      retryAfterSeconds: z.number().int().describe('when a code may be sent on this channel again'),
      alternatives: z.array(z.enum(FACTORS)).describe('the other ways to finish this login now'),
    })
    .optional()
    .describe(
      'present when the preferred factor is SMS or e-mail and no code was sent (S-5): a login never succeeds while silently sending nothing',
    ),
  expiresAt: z.number().int(),
});

type LoginResult = Extract<
  Awaited<ReturnType<Kabinet['auth']['login']>>,
  { success: true }
>['data'];

/** The login answer with `codeNotSent` rendered in the client's language. */
function loginBody(
  ctx: RouteContext<unknown, unknown>,
  catalogue: MessageCatalogue,
  data: Extract<LoginResult, { status: 'second_factor_required' }>,
): object {
  if (data.codeNotSent === undefined) return data;
  const { issue, retryAfterMs, channel, alternatives } = data.codeNotSent;
  return {
    ...data,
    codeNotSent: {
      channel,
      code: issue.code,
      message: renderIssue(issue, ctx.locale, catalogue),
      params: issue.params ?? {},
      retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      alternatives,
    },
  };
}

/** The 429 of the routes that send a code or count attempts. */
export const limited = {
  429: {
    description:
      'Too many attempts (`auth.retry_later`, `auth.code_blocked`) or a send limit (`auth.send_cooldown`, `auth.send_capped`, `auth.send_ip_capped`, with the other ways in `params.alternatives`), with Retry-After',
  },
};
const expired = { 401: { description: 'The login expired (`auth.login_expired`)' } };

/** The login and unlock routes (public: they are how a session starts). */
export function loginRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const auth = kabinet.auth;
  const respond = responder(catalogue);
  const publicRoute = { tags: AUTH_TAGS, access: 'public' } as const;
  return [
    kabinetRoute({
      ...publicRoute,
      operationId: 'login',
      method: 'POST',
      path: '/v1/auth/login',
      summary: 'Log in with phone or e-mail and password; a second factor follows (OTP-6)',
      body: authInputSchemas.login.extend({ transport: transportSchema }),
      responses: {
        200: {
          description: 'A second factor is needed, or (when the policy needs none) the session',
          schema: z.union([secondFactorSchema, authenticatedSchema]),
        },
        401: {
          description:
            'Every login failure — unknown login, wrong password, locked or blocked account — is this same answer `auth.invalid_credentials` (S-8)',
        },
        ...limited,
      },
      handle: async (ctx) =>
        respond(
          ctx,
          auth.login({ login: ctx.body.login, password: ctx.body.password }, metaOf(ctx)),
          (data) =>
            data.status === 'authenticated'
              ? handOver(ctx, tools, data.tokens, ctx.body.transport)
              : { status: 200, body: loginBody(ctx, catalogue, data) },
        ),
    }),
    kabinetRoute({
      ...publicRoute,
      operationId: 'requestUnlock',
      method: 'POST',
      path: '/v1/auth/unlock',
      summary:
        "Ask for a code that lifts a password lock (S-7): it goes to the account's confirmed phone or e-mail; the answer is the same for unknown logins (S-8)",
      body: authInputSchemas.requestUnlock.extend({
        channel: authInputSchemas.requestUnlock.shape.channel.describe(
          "default: the login's own channel",
        ),
      }),
      responses: {
        202: {
          description: 'Accepted (a code went out if the login belongs to an account)',
          schema: z.object({
            unlockToken: z.string(),
            channel: z.enum(['sms', 'email']),
            expiresAt: z.number().int(),
          }),
        },
        403: {
          description: 'The deployment has no self-service unlock (`auth.unlock_unavailable`)',
        },
        429: {
          description:
            'A send limit of unlock codes (`auth.send_cooldown`, `auth.send_capped`, `auth.send_ip_capped`), with Retry-After',
        },
      },
      handle: async (ctx) =>
        respond(ctx, auth.requestUnlock(ctx.body, metaOf(ctx)), dataReply(202)),
    }),
    kabinetRoute({
      ...publicRoute,
      operationId: 'confirmUnlock',
      method: 'POST',
      path: '/v1/auth/unlock/confirm',
      summary:
        'Lift the password lock with the code (S-7): the failures and the lock go and this address is trusted for the account; log in with the password next (journaled)',
      body: authInputSchemas.confirmUnlock,
      responses: {
        200: { description: 'Unlocked', schema: z.object({ unlockedAt: z.number().int() }) },
        422: { description: 'A wrong or expired code (`auth.code_wrong`, `auth.code_expired`)' },
        429: {
          description:
            'A wrong code blocks the next try (`auth.code_blocked`, OTP-3), with Retry-After',
        },
      },
      handle: async (ctx) => respond(ctx, auth.confirmUnlock(ctx.body, metaOf(ctx))),
    }),
    kabinetRoute({
      ...publicRoute,
      operationId: 'sendLoginCode',
      method: 'POST',
      path: '/v1/auth/login/code',
      summary: 'Send (or re-send) the login code by SMS or e-mail (S-5 limits apply)',
      body: authInputSchemas.sendLoginCode,
      responses: {
        202: { description: 'Code sent', schema: codeSentSchema },
        ...expired,
        ...limited,
      },
      handle: async (ctx) =>
        respond(ctx, auth.sendLoginCode(ctx.body, metaOf(ctx)), dataReply(202)),
    }),
    kabinetRoute({
      ...publicRoute,
      operationId: 'completeLogin',
      method: 'POST',
      path: '/v1/auth/login/complete',
      summary:
        'Complete the login with the second factor: SMS/e-mail code, authenticator app (TOTP, replay refused) or backup code; opens a session with a new id (S-10)',
      body: authInputSchemas.completeLogin.extend({ transport: transportSchema }),
      responses: {
        200: { description: 'The session', schema: authenticatedSchema },
        ...expired,
        ...limited,
      },
      handle: async (ctx) =>
        respond(
          ctx,
          auth.completeLogin(
            { loginToken: ctx.body.loginToken, method: ctx.body.method, code: ctx.body.code },
            metaOf(ctx),
          ),
          (data) => handOver(ctx, tools, data.tokens, ctx.body.transport),
        ),
    }),
  ];
}
