// Contacts after registration (CONTACT-4, CONTACT-5, S-11): change with a code to the new
// value, the change history (История изменений) and restore, messengers, trusted phone.
import { issue } from '@kabinet/core';
import { contactInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { accountOrder } from '../journal/account-order.js';
import { answer, failureReply } from '../../reply/answer.js';
import { dataReply } from '../../reply/data-reply.js';
import { responder } from '../../reply/respond.js';
import { CHANNELS, codeSentSchema, contactsViewSchema } from '../../schemas.js';
import { accountRoute, metaOf, type ApiTools } from '../../tools.js';

const TAGS = ['contacts'];
const MESSENGERS = ['telegram', 'viber', 'whatsapp'] as const;
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
const contacts200 = { 200: { description: 'Contacts', schema: contactsViewSchema } };
/** The responses of a change or restore: a fresh authentication, then a code within the limits. */
const codeGuarded = {
  403: { description: 'Needs a recent full authentication (`session.reauth_required`, S-11)' },
  429: { description: 'Send limit or code block, with Retry-After' },
};

/** The contact routes. */
export function contactRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  const contacts = kabinet.contacts;
  const respond = responder(catalogue);
  return [
    accountRoute({
      operationId: 'getContacts',
      method: 'GET',
      path: '/v1/contacts',
      summary: 'The account’s contacts, masked, with pending changes',
      tags: TAGS,
      responses: contacts200,
      handle: async (ctx, auth) => respond(ctx, contacts.get(auth)),
    }),
    accountRoute({
      operationId: 'getContactHistory',
      method: 'GET',
      path: '/v1/contacts/history',
      summary: 'The change history of phone and e-mail, oldest first (CONTACT-5)',
      tags: TAGS,
      responses: {
        200: { description: 'Versions', schema: z.object({ versions: z.array(versionSchema) }) },
      },
      handle: async (ctx, auth) => {
        const history = await contacts.history(auth);
        // Versions are named by their per-account order, never by the portal-wide journal seq.
        const order = history.success ? await accountOrder(kabinet, auth.accountId) : undefined;
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
    accountRoute({
      operationId: 'requestContactChange',
      method: 'POST',
      path: '/v1/contacts/changes',
      summary:
        'Start changing the phone or e-mail: a code goes to the new value; the change applies only after it is entered (CONTACT-5, S-11)',
      tags: TAGS,
      body: contactInputSchemas.requestChange,
      responses: {
        202: { description: 'Code sent to the new value', schema: codeSentSchema },
        ...codeGuarded,
      },
      handle: async (ctx, auth) =>
        respond(ctx, contacts.requestChange(auth, ctx.body, metaOf(ctx)), dataReply(202)),
    }),
    accountRoute({
      operationId: 'confirmContactChange',
      method: 'POST',
      path: '/v1/contacts/changes/confirm',
      summary:
        'Finish a change (or restore) with the code; the old contact is told and the change is journaled',
      tags: TAGS,
      body: contactInputSchemas.confirmChange,
      responses: { ...contacts200, ...codeGuarded },
      handle: async (ctx, auth) =>
        respond(ctx, contacts.confirmChange(auth, ctx.body, metaOf(ctx))),
    }),
    accountRoute({
      operationId: 'restoreContactVersion',
      method: 'POST',
      path: '/v1/contacts/restore',
      summary:
        'Restore an earlier version from the history: confirmed by a code to that value, like a change (CONTACT-5)',
      tags: TAGS,
      body: contactInputSchemas.restore.omit({ seq: true }).extend({
        order: z
          .number()
          .int()
          .positive()
          .describe('the `order` of the version in /v1/contacts/history'),
      }),
      responses: {
        202: { description: 'Code sent to the restored value', schema: codeSentSchema },
        ...codeGuarded,
      },
      handle: async (ctx, auth) => {
        const seq = (await accountOrder(kabinet, auth.accountId)).seqOf(ctx.body.order);
        if (seq === undefined)
          return failureReply(ctx, [issue('contact.unknown_version', ['order'])]);
        const restored = await contacts.restore(
          auth,
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
        return answer(ctx, catalogue, named, dataReply(202));
      },
    }),
    accountRoute({
      operationId: 'setMessenger',
      method: 'PUT',
      path: '/v1/contacts/messengers/{kind}',
      summary:
        'Set a messenger channel: Telegram @name or a phone; Viber and WhatsApp a phone (CONTACT-4)',
      tags: TAGS,
      body: contactInputSchemas.setMessenger.omit({ kind: true }),
      responses: contacts200,
      handle: async (ctx, auth) =>
        respond(
          ctx,
          contacts.setMessenger(auth, { kind: ctx.params.kind as never, value: ctx.body.value }),
        ),
    }),
    accountRoute({
      operationId: 'removeMessenger',
      method: 'DELETE',
      path: '/v1/contacts/messengers/{kind}',
      summary: `Remove a messenger channel (${MESSENGERS.join(', ')})`,
      tags: TAGS,
      responses: contacts200,
      handle: async (ctx, auth) =>
        respond(ctx, contacts.removeMessenger(auth, { kind: ctx.params.kind as never })),
    }),
    accountRoute({
      operationId: 'setTrustedPhone',
      method: 'PUT',
      path: '/v1/contacts/trusted-phone',
      summary: 'Set a trusted person’s phone (CONTACT-4)',
      tags: TAGS,
      body: contactInputSchemas.setTrustedPhone,
      responses: contacts200,
      handle: async (ctx, auth) => respond(ctx, contacts.setTrustedPhone(auth, ctx.body)),
    }),
    accountRoute({
      operationId: 'removeTrustedPhone',
      method: 'DELETE',
      path: '/v1/contacts/trusted-phone',
      summary: 'Remove the trusted person’s phone',
      tags: TAGS,
      responses: contacts200,
      handle: async (ctx, auth) => respond(ctx, contacts.removeTrustedPhone(auth)),
    }),
  ];
}
