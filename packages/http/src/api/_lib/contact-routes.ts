// Contacts after registration (CONTACT-4, CONTACT-5, S-11): change with a code to the new
// value, the change history (История изменений) and restore, messengers, trusted phone.
import { issue } from '@kabinet/core';
import { contactInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { accountOrder } from './account-order.js';
import { answer, failureReply } from './answer.js';
import { CHANNELS, codeSentSchema, contactsViewSchema } from './schemas.js';
import { kabinetRoute, metaOf, sessionOf, type ApiTools } from './tools.js';

const TAGS = ['contacts'];
const MESSENGERS = ['telegram', 'viber', 'whatsapp'] as const;
const fresh = {
  403: { description: 'Needs a recent full authentication (`session.reauth_required`, S-11)' },
};
const limited = { 429: { description: 'Send limit or code block, with Retry-After' } };
const versionSchema = z.object({
  order: z
    .number()
    .int()
    .positive()
    .describe(
      "the journal entry that made this version current, as its place in this account's history (the `order` of /v1/journal); pass it to /v1/contacts/restore",
    ),
  at: z.number().int(),
  via: z.enum(['registration', 'changed', 'restored']),
  fromOrder: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('for a restore: the `order` of the version it restored'),
  channel: z.enum(CHANNELS),
  masked: z.string().nullable().describe('null when the data of this version was erased'),
  current: z.boolean(),
});

/** The contact routes. */
export function contactRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const contacts = kabinet.contacts;
  const view = (data: unknown) => ({ status: 200, body: data });
  return [
    kabinetRoute({
      operationId: 'getContacts',
      method: 'GET',
      path: '/v1/contacts',
      summary: 'The account’s contacts, masked, with pending changes',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Contacts', schema: contactsViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return s.reply ?? answer(ctx, catalogue, await contacts.get(s.auth), view);
      },
    }),
    kabinetRoute({
      operationId: 'getContactHistory',
      method: 'GET',
      path: '/v1/contacts/history',
      summary: 'The change history of phone and e-mail, oldest first (CONTACT-5)',
      tags: TAGS,
      access: 'session',
      responses: {
        200: { description: 'Versions', schema: z.object({ versions: z.array(versionSchema) }) },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const history = await contacts.history(s.auth);
        // Versions are named by their per-account order, never by the portal-wide journal seq.
        const order = history.success ? await accountOrder(kabinet, s.auth.accountId) : undefined;
        return answer(ctx, catalogue, history, (data) => ({
          status: 200,
          body: {
            versions: data.map(({ seq, fromSeq, ...version }) => ({
              order: order?.orderOf(seq) ?? 0,
              ...version,
              ...(fromSeq === undefined ? {} : { fromOrder: order?.orderOf(fromSeq) ?? 0 }),
            })),
          },
        }));
      },
    }),
    kabinetRoute({
      operationId: 'requestContactChange',
      method: 'POST',
      path: '/v1/contacts/changes',
      summary:
        'Start changing the phone or e-mail: a code goes to the new value; the change applies only after it is entered (CONTACT-5, S-11)',
      tags: TAGS,
      access: 'session',
      body: contactInputSchemas.requestChange,
      responses: {
        202: { description: 'Code sent to the new value', schema: codeSentSchema },
        ...fresh,
        ...limited,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return (
          s.reply ??
          answer(
            ctx,
            catalogue,
            await contacts.requestChange(s.auth, ctx.body, metaOf(ctx)),
            (data) => ({ status: 202, body: data }),
          )
        );
      },
    }),
    kabinetRoute({
      operationId: 'confirmContactChange',
      method: 'POST',
      path: '/v1/contacts/changes/confirm',
      summary:
        'Finish a change (or restore) with the code; the old contact is told and the change is journaled',
      tags: TAGS,
      access: 'session',
      body: contactInputSchemas.confirmChange,
      responses: {
        200: { description: 'Contacts', schema: contactsViewSchema },
        ...fresh,
        ...limited,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return (
          s.reply ??
          answer(ctx, catalogue, await contacts.confirmChange(s.auth, ctx.body, metaOf(ctx)), view)
        );
      },
    }),
    kabinetRoute({
      operationId: 'restoreContactVersion',
      method: 'POST',
      path: '/v1/contacts/restore',
      summary:
        'Restore an earlier version from the history: confirmed by a code to that value, like a change (CONTACT-5)',
      tags: TAGS,
      access: 'session',
      body: contactInputSchemas.restore.omit({ seq: true }).extend({
        order: z
          .number()
          .int()
          .positive()
          .describe('the `order` of the version in /v1/contacts/history'),
      }),
      responses: {
        202: { description: 'Code sent to the restored value', schema: codeSentSchema },
        ...fresh,
        ...limited,
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const seq = (await accountOrder(kabinet, s.auth.accountId)).seqOf(ctx.body.order);
        if (seq === undefined)
          return failureReply(ctx, [issue('contact.unknown_version', ['order'])]);
        const restored = await contacts.restore(
          s.auth,
          { channel: ctx.body.channel, seq },
          metaOf(ctx),
        );
        const named = restored.success
          ? restored
          : {
              ...restored,
              issues: restored.issues.map((i) =>
                i.path[0] === 'seq' ? { ...i, path: ['order', ...i.path.slice(1)] } : i,
              ),
            };
        return answer(ctx, catalogue, named, (data) => ({ status: 202, body: data }));
      },
    }),
    kabinetRoute({
      operationId: 'setMessenger',
      method: 'PUT',
      path: '/v1/contacts/messengers/{kind}',
      summary:
        'Set a messenger channel: Telegram @name or a phone; Viber and WhatsApp a phone (CONTACT-4)',
      tags: TAGS,
      access: 'session',
      body: contactInputSchemas.setMessenger.omit({ kind: true }),
      responses: { 200: { description: 'Contacts', schema: contactsViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return (
          s.reply ??
          answer(
            ctx,
            catalogue,
            await contacts.setMessenger(s.auth, {
              kind: ctx.params.kind as never,
              value: ctx.body.value,
            }),
            view,
          )
        );
      },
    }),
    kabinetRoute({
      operationId: 'removeMessenger',
      method: 'DELETE',
      path: '/v1/contacts/messengers/{kind}',
      summary: `Remove a messenger channel (${MESSENGERS.join(', ')})`,
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Contacts', schema: contactsViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return (
          s.reply ??
          answer(
            ctx,
            catalogue,
            await contacts.removeMessenger(s.auth, { kind: ctx.params.kind as never }),
            view,
          )
        );
      },
    }),
    kabinetRoute({
      operationId: 'setTrustedPhone',
      method: 'PUT',
      path: '/v1/contacts/trusted-phone',
      summary: 'Set a trusted person’s phone (CONTACT-4)',
      tags: TAGS,
      access: 'session',
      body: contactInputSchemas.setTrustedPhone,
      responses: { 200: { description: 'Contacts', schema: contactsViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return (
          s.reply ?? answer(ctx, catalogue, await contacts.setTrustedPhone(s.auth, ctx.body), view)
        );
      },
    }),
    kabinetRoute({
      operationId: 'removeTrustedPhone',
      method: 'DELETE',
      path: '/v1/contacts/trusted-phone',
      summary: 'Remove the trusted person’s phone',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Contacts', schema: contactsViewSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        return s.reply ?? answer(ctx, catalogue, await contacts.removeTrustedPhone(s.auth), view);
      },
    }),
  ];
}
