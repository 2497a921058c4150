// The notification centre (NOTE-2) and the channel preferences (NOTE-1) of the signed-in user.
import { notificationInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { readPage } from '../../request/page-query.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools } from '../../tools.js';

const TAGS = ['notifications'];
const KINDS = ['application', 'appointment', 'payment', 'support', 'security'] as const;
const CHANNELS = ['email', 'sms', 'push'] as const;

const noticeViewSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  title: z.string().describe('in the asked language'),
  text: z.string().describe('in the asked language'),
  subject: z
    .object({ type: z.string(), id: z.string() })
    .optional()
    .describe('what it is about (an application, appointment, support request, payment)'),
  critical: z.boolean().describe('security-critical'),
  createdAt: z.number().int().describe('epoch ms'),
  read: z.boolean(),
  readAt: z.number().int().nullable(),
});
const channelsSchema = z.object(
  Object.fromEntries(KINDS.map((k) => [k, z.array(z.enum(CHANNELS))])) as Record<
    (typeof KINDS)[number],
    z.ZodArray<z.ZodEnum<{ email: 'email'; sms: 'sms'; push: 'push' }>>
  >,
);
const preferencesViewSchema = z.object({
  channels: channelsSchema,
  locale: z.enum(['ru', 'en']).describe('the language of the e-mail, SMS and push texts'),
  chosen: z.boolean().describe('false while the defaults apply'),
  requiredKinds: z.array(z.enum(KINDS)).describe('kinds that must keep at least one channel'),
});
const listQuery = z.object({
  limit: z.string().max(6).optional().describe('notices per page (default 20, at most 100)'),
  cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page'),
});

/** The notification routes (access: session). */
export function notificationRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const centre = tools.kabinet.notifications;
  const respond = responder(tools.catalogue);
  return [
    accountRoute({
      operationId: 'listNotifications',
      method: 'GET',
      path: '/v1/notifications',
      summary:
        'The notification centre (NOTE-2): the account’s official messages, newest first, in pages, with the unread count',
      tags: TAGS,
      query: listQuery,
      responses: {
        200: {
          description: 'A page',
          schema: z.object({
            items: z.array(noticeViewSchema),
            nextCursor: z.string().optional(),
            unread: z.number().int(),
          }),
        },
      },
      handle: async (ctx, auth) => {
        const q = readPage(ctx, listQuery);
        if (q.reply) return q.reply;
        const { limit, cursor } = q.page;
        return respond(
          ctx,
          centre.list({
            accountId: auth.accountId,
            locale: ctx.locale,
            ...(limit === undefined ? {} : { limit }),
            ...(cursor === undefined ? {} : { after: cursor }),
          }),
        );
      },
    }),
    accountRoute({
      operationId: 'markNotificationRead',
      method: 'POST',
      path: '/v1/notifications/{noticeId}/read',
      summary: 'Mark one notice read (again: no change)',
      tags: TAGS,
      responses: {
        200: { description: 'The notice', schema: noticeViewSchema },
        404: { description: 'No such notice in this account’s centre (`notifications.not_found`)' },
      },
      handle: async (ctx, auth) =>
        respond(
          ctx,
          centre.markRead({
            accountId: auth.accountId,
            noticeId: ctx.params.noticeId ?? '',
            locale: ctx.locale,
          }),
        ),
    }),
    accountRoute({
      operationId: 'markAllNotificationsRead',
      method: 'POST',
      path: '/v1/notifications/read-all',
      summary: 'Mark every notice of the account read',
      tags: TAGS,
      responses: {
        200: {
          description: 'How many were marked',
          schema: z.object({ marked: z.number().int() }),
        },
      },
      handle: async (ctx, auth) => respond(ctx, centre.markAllRead({ accountId: auth.accountId })),
    }),
    accountRoute({
      operationId: 'getNotificationPreferences',
      method: 'GET',
      path: '/v1/notifications/preferences',
      summary:
        'The channels (e-mail, SMS, push) chosen per kind of event (NOTE-1), the defaults until chosen',
      tags: TAGS,
      responses: { 200: { description: 'The preferences', schema: preferencesViewSchema } },
      handle: async (ctx, auth) => respond(ctx, centre.preferences({ accountId: auth.accountId })),
    }),
    accountRoute({
      operationId: 'setNotificationPreferences',
      method: 'PUT',
      path: '/v1/notifications/preferences',
      summary:
        'Choose the channels per kind (the kinds not named keep theirs) and the language of the channel texts; security keeps at least one channel',
      tags: TAGS,
      body: notificationInputSchemas.preferences,
      responses: {
        200: { description: 'The preferences', schema: preferencesViewSchema },
        422: {
          description:
            'A required kind left without a channel (`notifications.preferences.channel_required`), a channel named twice, an unknown channel or kind',
        },
      },
      handle: async (ctx, auth) =>
        respond(ctx, centre.setPreferences({ accountId: auth.accountId, ...ctx.body })),
    }),
  ];
}
