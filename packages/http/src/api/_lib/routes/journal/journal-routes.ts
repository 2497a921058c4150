// The activity journal (AUD-1, AUD-2) and the login log with IP blocking (ACC-11): what the
// account holder sees of `kabinet.journal` and `kabinet.sessions`.
import { sessionInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../../../routing/define-route.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import { accountOrder } from './account-order.js';
import { answer } from '../../reply/answer.js';
import { accountJournalPage, journalQuery, readJournalPage } from './journal-page.js';
import { journalPageSchema, orderSchema } from './journal-views.js';
import { responder } from '../../reply/respond.js';
import { accountRoute, type ApiTools } from '../../tools.js';

const TAGS = ['journal'];
const loginLogSchema = z.object({
  records: z.array(
    z.object({
      order: orderSchema,
      ts: z.number().int(),
      outcome: z.enum(['succeeded', 'failed']),
      ip: z.string().optional(),
      userAgent: z.string().optional(),
      method: z.string().optional(),
      reason: z.string().optional(),
      blocked: z.boolean(),
      status: z.string(),
    }),
  ),
  blockedIps: z.array(z.string()),
});

/** The journal routes of the account holder. */
export function journalRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet } = tools;
  const respond = responder(tools.catalogue);
  return [
    accountRoute({
      operationId: 'listJournal',
      method: 'GET',
      path: '/v1/journal',
      summary: 'The history of every action on the account, newest first (AUD-1, AUD-2)',
      tags: TAGS,
      query: journalQuery,
      responses: { 200: { description: 'A page of events', schema: journalPageSchema } },
      handle: async (ctx, auth) => {
        const q = readJournalPage(ctx);
        if (q.reply) return q.reply;
        return { status: 200, body: await accountJournalPage(kabinet, auth.accountId, q.page) };
      },
    }),
    accountRoute({
      operationId: 'getLoginLog',
      method: 'GET',
      path: '/v1/journal/logins',
      summary:
        'The log of logins with their IP addresses and the blocked addresses (AUD-2, ACC-11)',
      tags: TAGS,
      responses: { 200: { description: 'Login log', schema: loginLogSchema } },
      handle: async (ctx, auth) => {
        const log = await kabinet.sessions.loginLog(auth);
        const order = log.success ? await accountOrder(kabinet, auth.accountId) : undefined;
        return answer(ctx, tools.catalogue, log, (data) => ({
          status: 200,
          body: {
            ...data,
            records: data.records.map(({ seq, ...record }) => ({
              order: order?.orderOf(seq) ?? 0,
              ...record,
            })),
          },
        }));
      },
    }),
    accountRoute({
      operationId: 'blockIp',
      method: 'POST',
      path: '/v1/journal/logins/blocked-ips',
      summary:
        'Block an unknown IP address from the login log: its sessions end and logins from it fail (ACC-11)',
      tags: TAGS,
      body: sessionInputSchemas.blockIp,
      responses: {
        200: {
          description: 'Blocked',
          schema: z.object({ blocked: z.string(), endedSessions: z.number().int() }),
        },
      },
      handle: async (ctx, auth) => respond(ctx, kabinet.sessions.blockIp(auth, ctx.body)),
    }),
  ];
}
