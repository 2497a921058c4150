// The account's own security settings (password, authenticator app, backup codes: S-11) and the
// access recovery started by support, over `kabinet.auth`, after the login routes.
import { authInputSchemas } from 'kabinet';
import { SECOND_FACTOR_METHODS } from '@kabinet/ports';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { dataWithWarnings } from '../../reply/data-reply.js';
import { AUTH_TAGS, limited, loginRoutes } from './login-routes.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, kabinetRoute, metaOf, type ApiTools } from '../../tools.js';

const fresh = {
  403: {
    description:
      'Needs a recent full authentication (`session.reauth_required`): POST /v1/sessions/reauthenticate first (S-11)',
  },
};
const backupCodesSchema = z.object({ backupCodes: z.array(z.string()) });

/** The login, security-settings and recovery routes. */
export function authRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const auth = tools.kabinet.auth;
  const respond = responder(tools.catalogue);
  return [
    ...loginRoutes(tools),
    accountRoute({
      operationId: 'changePassword',
      method: 'POST',
      path: '/v1/auth/password',
      summary:
        'Change the password: needs the current one, no reuse of recent ones (OTP-4, S-1); the holder is notified (S-11)',
      tags: AUTH_TAGS,
      body: authInputSchemas.changePassword,
      responses: {
        200: {
          description: 'Changed',
          schema: z.object({ changedAt: z.number().int(), endedSessions: z.number().int() }),
        },
        ...limited,
      },
      handle: async (ctx, session) =>
        respond(ctx, auth.changePassword(session, ctx.body, metaOf(ctx)), dataWithWarnings()),
    }),
    accountRoute({
      operationId: 'beginTotpEnrollment',
      method: 'POST',
      path: '/v1/auth/totp',
      summary: 'Start setting up an authenticator app (S-6): the secret and its otpauth:// URI',
      tags: AUTH_TAGS,
      responses: {
        200: {
          description: 'The secret',
          schema: z.object({ secret: z.string(), uri: z.string() }),
        },
        ...fresh,
      },
      handle: async (ctx, session) => respond(ctx, auth.beginTotpEnrollment(session)),
    }),
    accountRoute({
      operationId: 'confirmTotpEnrollment',
      method: 'POST',
      path: '/v1/auth/totp/confirm',
      summary:
        'Finish the authenticator set-up with a code; TOTP becomes the preferred factor and backup codes are issued (shown once)',
      tags: AUTH_TAGS,
      body: authInputSchemas.totpCode,
      responses: {
        200: { description: 'Backup codes', schema: backupCodesSchema },
        ...fresh,
        ...limited,
      },
      handle: async (ctx, session) => respond(ctx, auth.confirmTotpEnrollment(session, ctx.body)),
    }),
    accountRoute({
      operationId: 'setSecondFactor',
      method: 'PUT',
      path: '/v1/auth/second-factor',
      summary: 'Choose the preferred second factor (OTP-6; S-11)',
      tags: AUTH_TAGS,
      body: authInputSchemas.secondFactor,
      responses: {
        200: {
          description: 'Chosen',
          schema: z.object({ method: z.enum(SECOND_FACTOR_METHODS) }),
        },
        ...fresh,
      },
      handle: async (ctx, session) => respond(ctx, auth.setSecondFactor(session, ctx.body)),
    }),
    accountRoute({
      operationId: 'regenerateBackupCodes',
      method: 'POST',
      path: '/v1/auth/backup-codes',
      summary: 'Issue a new set of backup codes; the old set stops working (S-6, S-11)',
      tags: AUTH_TAGS,
      responses: {
        200: { description: 'Backup codes (shown once)', schema: backupCodesSchema },
        ...fresh,
      },
      handle: async (ctx, session) => respond(ctx, auth.regenerateBackupCodes(session)),
    }),
    kabinetRoute({
      operationId: 'recoverAccess',
      method: 'POST',
      path: '/v1/auth/recovery',
      summary:
        'Finish an access recovery started by support (ACC-9): the token from the SMS and a new password; every session ends and the next login still needs a second factor',
      tags: AUTH_TAGS,
      access: 'public',
      body: authInputSchemas.recoverAccess,
      responses: {
        200: { description: 'Recovered', schema: z.object({ recoveredAt: z.number().int() }) },
        422: {
          description:
            'Invalid or expired token (`auth.recovery_invalid`), or a password the policy refuses',
        },
      },
      handle: async (ctx) => respond(ctx, auth.recoverAccess(ctx.body), dataWithWarnings()),
    }),
  ];
}
