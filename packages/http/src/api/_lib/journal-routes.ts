// The activity journal (AUD-1, AUD-2) and the login log with IP blocking (ACC-11): what the
// account holder sees of `kabinet.journal` and `kabinet.sessions`.
import { issue, maskEmail, maskPhone, prefixIssues, readInput } from '@kabinet/core';
import { sessionInputSchemas } from 'kabinet';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { accountOrder } from './account-order.js';
import { answer, failureReply } from './answer.js';
import { kabinetRoute, sessionOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['journal'];
const partySchema = z.object({ type: z.string(), id: z.string() });
const orderSchema = z
  .number()
  .int()
  .positive()
  .describe(
    "the entry's place in this account's history: 1 for its first entry (the portal-wide journal sequence is not shown)",
  );
/** A journal event as the account holder sees it. */
export const journalEventSchema = z.object({
  order: orderSchema,
  ts: z.number().int(),
  action: z.string(),
  actor: partySchema,
  subject: partySchema,
  payload: z
    .object({
      status: z.enum(['none', 'present', 'erased', 'missing', 'unreadable', 'mismatch']),
      data: z.unknown().optional(),
    })
    .describe('personal data appears masked only (S-12); erased payloads keep the entry'),
});
export const journalPageSchema = z.object({
  items: z.array(journalEventSchema),
  nextCursor: z.string().optional(),
});
/** A journal event as support sees it: also the portal-wide `seq`, to find the entry in the journal and its proofs. */
export const supportJournalEventSchema = journalEventSchema.extend({
  seq: z.number().int().describe('the portal-wide journal sequence number'),
});
export const supportJournalPageSchema = z.object({
  items: z.array(supportJournalEventSchema),
  nextCursor: z.string().optional(),
});
export const journalQuery = z.object({
  limit: z.string().max(4).optional().describe('page size, 1–100 (default 50)'),
  cursor: z.string().max(200).optional().describe('the `nextCursor` of the previous page'),
  action: z.string().max(100).optional().describe('only this action, e.g. account.login.succeeded'),
});
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

interface EventLike {
  readonly entry: {
    readonly seq: number;
    readonly ts: number;
    readonly action: string;
    readonly actor: { readonly type: string; readonly id: string };
    readonly subject: { readonly type: string; readonly id: string };
  };
  readonly payload: { readonly status: string; readonly data?: unknown };
}

const PHONE = /^\+?[0-9][0-9 ()-]{9,20}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * A payload with contact values masked (S-12): the journal keeps the real values encrypted
 * for the change history and restore, but an answer shows them only masked.
 */
function masked(value: unknown, depth = 0): unknown {
  if (depth > 16) return null;
  if (typeof value === 'string')
    return EMAIL.test(value)
      ? maskEmail(value)
      : PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 10
        ? maskPhone(value)
        : value;
  if (Array.isArray(value)) return value.map((v) => masked(v, depth + 1));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, depth + 1)]));
  return value;
}

/** One journal event for a client, contact values masked: its per-account `order`, and the journal `seq` only for support. */
export function eventView(event: EventLike, order: number, withSeq = false): unknown {
  const { entry, payload } = event;
  return {
    order,
    ...(withSeq ? { seq: entry.seq } : {}),
    ts: entry.ts,
    action: entry.action,
    actor: { type: entry.actor.type, id: entry.actor.id },
    subject: { type: entry.subject.type, id: entry.subject.id },
    payload:
      payload.status === 'present'
        ? { status: 'present', data: masked(payload.data) }
        : { status: payload.status },
  };
}

/** Reads `limit`, `cursor` and `action` for a journal page; `undefined` with the reply when malformed. */
export function readJournalPage(
  ctx: KabinetContext,
):
  | { ok: true; limit: number; cursor?: number; action?: string }
  | { ok: false; reply: ReturnType<typeof failureReply> } {
  // readInput, like a body: a repeated or over-long parameter gets its own code at its path.
  const q = readInput(journalQuery, Object.fromEntries(ctx.query));
  if (!q.success) return { ok: false, reply: failureReply(ctx, prefixIssues(['query'], q.issues)) };
  const limit = q.data.limit === undefined ? 50 : Number(q.data.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    return {
      ok: false,
      reply: failureReply(ctx, [issue('input.wrong_format', ['query', 'limit'])]),
    };
  const cursor =
    q.data.cursor === undefined
      ? undefined
      : /^[1-9][0-9]{0,9}$/.test(q.data.cursor)
        ? Number(q.data.cursor)
        : Number.NaN;
  if (Number.isNaN(cursor))
    return {
      ok: false,
      reply: failureReply(ctx, [issue('input.wrong_format', ['query', 'cursor'])]),
    };
  return {
    ok: true,
    limit,
    ...(cursor === undefined ? {} : { cursor }),
    ...(q.data.action === undefined ? {} : { action: q.data.action }),
  };
}

/**
 * A page of an account's journal, newest first, each event with its per-account `order`; the
 * cursor is the `order` of the page's last event (never a portal-wide `seq`).
 */
export async function accountJournalPage(
  kabinet: ApiTools['kabinet'],
  accountId: string,
  page: { limit: number; cursor?: number; action?: string },
  withSeq = false,
): Promise<{ items: unknown[]; nextCursor?: string }> {
  const numbered = (await accountOrder(kabinet, accountId)).entries
    .map((entry, i) => ({ entry, order: i + 1 }))
    .filter(
      (e) =>
        (page.action === undefined || e.entry.action === page.action) &&
        (page.cursor === undefined || e.order < page.cursor),
    )
    .reverse();
  const chosen = numbered.slice(0, page.limit);
  const items = await Promise.all(
    chosen.map(async ({ entry, order }) =>
      eventView({ entry, payload: await kabinet.journal.openPayload(entry) }, order, withSeq),
    ),
  );
  return numbered.length > page.limit
    ? { items, nextCursor: String(chosen[chosen.length - 1]!.order) }
    : { items };
}

/** The journal routes of the account holder. */
export function journalRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  const { kabinet, catalogue } = tools;
  return [
    kabinetRoute({
      operationId: 'listJournal',
      method: 'GET',
      path: '/v1/journal',
      summary: 'The history of every action on the account, newest first (AUD-1, AUD-2)',
      tags: TAGS,
      access: 'session',
      query: journalQuery,
      responses: { 200: { description: 'A page of events', schema: journalPageSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const page = readJournalPage(ctx);
        if (!page.ok) return page.reply;
        return { status: 200, body: await accountJournalPage(kabinet, s.auth.accountId, page) };
      },
    }),
    kabinetRoute({
      operationId: 'getLoginLog',
      method: 'GET',
      path: '/v1/journal/logins',
      summary:
        'The log of logins with their IP addresses and the blocked addresses (AUD-2, ACC-11)',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Login log', schema: loginLogSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        const log = await kabinet.sessions.loginLog(s.auth);
        const order = log.success ? await accountOrder(kabinet, s.auth.accountId) : undefined;
        return answer(ctx, catalogue, log, (data) => ({
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
    kabinetRoute({
      operationId: 'blockIp',
      method: 'POST',
      path: '/v1/journal/logins/blocked-ips',
      summary:
        'Block an unknown IP address from the login log: its sessions end and logins from it fail (ACC-11)',
      tags: TAGS,
      access: 'session',
      body: sessionInputSchemas.blockIp,
      responses: {
        200: {
          description: 'Blocked',
          schema: z.object({ blocked: z.string(), endedSessions: z.number().int() }),
        },
      },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(ctx, catalogue, await kabinet.sessions.blockIp(s.auth, ctx.body), (data) => ({
          status: 200,
          body: data,
        }));
      },
    }),
  ];
}
