// The activity journal (AUD-1, AUD-2) and the login log with IP blocking (ACC-11): what the
// account holder sees of `kabinet.journal` and `kabinet.sessions`.
import { issue, maskEmail, maskPhone } from '@kabinet/core';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { answer, failureReply } from './answer.js';
import { kabinetRoute, sessionOf, type ApiTools, type KabinetContext } from './tools.js';

const TAGS = ['journal'];
const partySchema = z.object({ type: z.string(), id: z.string() });
export const journalEventSchema = z.object({
  seq: z.number().int(),
  ts: z.number().int(),
  action: z.string(),
  actor: partySchema,
  subject: partySchema,
  payload: z
    .object({ status: z.enum(['none', 'present', 'erased', 'missing', 'unreadable', 'mismatch']), data: z.unknown().optional() })
    .describe('personal data appears masked only (S-12); erased payloads keep the entry'),
});
export const journalPageSchema = z.object({ items: z.array(journalEventSchema), nextCursor: z.string().optional() });
export const journalQuery = z.object({
  limit: z.string().max(4).optional().describe('page size, 1–100 (default 50)'),
  cursor: z.string().max(200).optional(),
  action: z.string().max(100).optional().describe('only this action, e.g. account.login.succeeded'),
});
const loginLogSchema = z.object({
  records: z.array(
    z.object({
      seq: z.number().int(),
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
  readonly entry: { readonly seq: number; readonly ts: number; readonly action: string; readonly actor: { readonly type: string; readonly id: string }; readonly subject: { readonly type: string; readonly id: string } };
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
  if (typeof value === 'string') return EMAIL.test(value) ? maskEmail(value) : PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 10 ? maskPhone(value) : value;
  if (Array.isArray(value)) return value.map((v) => masked(v, depth + 1));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masked(v, depth + 1)]));
  return value;
}

/** One journal event for a client, contact values masked. */
export function eventView(event: EventLike): unknown {
  const { entry, payload } = event;
  return {
    seq: entry.seq,
    ts: entry.ts,
    action: entry.action,
    actor: { type: entry.actor.type, id: entry.actor.id },
    subject: { type: entry.subject.type, id: entry.subject.id },
    payload: payload.status === 'present' ? { status: 'present', data: masked(payload.data) } : { status: payload.status },
  };
}

/** Reads `limit`, `cursor` and `action` for a journal page; `undefined` with the reply when malformed. */
export function readJournalPage(ctx: KabinetContext): { ok: true; limit: number; cursor?: string; action?: string } | { ok: false; reply: ReturnType<typeof failureReply> } {
  const q = journalQuery.safeParse(Object.fromEntries(ctx.query));
  if (!q.success) return { ok: false, reply: failureReply(ctx, [issue('input.wrong_format', ['query'])]) };
  const limit = q.data.limit === undefined ? 50 : Number(q.data.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { ok: false, reply: failureReply(ctx, [issue('input.wrong_format', ['query', 'limit'])]) };
  return { ok: true, limit, ...(q.data.cursor === undefined ? {} : { cursor: q.data.cursor }), ...(q.data.action === undefined ? {} : { action: q.data.action }) };
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
        const result = await kabinet.journal.events(
          { subject: { type: 'account', id: s.auth.accountId }, order: 'desc', ...(page.action === undefined ? {} : { action: page.action }) },
          { limit: page.limit, ...(page.cursor === undefined ? {} : { after: page.cursor }) },
        );
        return { status: 200, body: { items: result.items.map(eventView), ...(result.nextCursor === undefined ? {} : { nextCursor: result.nextCursor }) } };
      },
    }),
    kabinetRoute({
      operationId: 'getLoginLog',
      method: 'GET',
      path: '/v1/journal/logins',
      summary: 'The log of logins with their IP addresses and the blocked addresses (AUD-2, ACC-11)',
      tags: TAGS,
      access: 'session',
      responses: { 200: { description: 'Login log', schema: loginLogSchema } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(ctx, catalogue, await kabinet.sessions.loginLog(s.auth), (data) => ({ status: 200, body: data }));
      },
    }),
    kabinetRoute({
      operationId: 'blockIp',
      method: 'POST',
      path: '/v1/journal/logins/blocked-ips',
      summary: 'Block an unknown IP address from the login log: its sessions end and logins from it fail (ACC-11)',
      tags: TAGS,
      access: 'session',
      body: z.object({ ip: z.string().max(64) }),
      responses: { 200: { description: 'Blocked', schema: z.object({ blocked: z.string(), endedSessions: z.number().int() }) } },
      handle: async (ctx) => {
        const s = sessionOf(ctx);
        if (s.reply) return s.reply;
        return answer(ctx, catalogue, await kabinet.sessions.blockIp(s.auth, ctx.body), (data) => ({ status: 200, body: data }));
      },
    }),
  ];
}
