// The account's journal as a client sees it (AUD-1, AUD-2, S-12): the event and page schemas,
// and the event view with contact values masked.
import { maskEmail, maskPhone } from '@kabinet/core';
import { z } from 'zod';
import { pageSchema } from '../../request/page-query.js';

const partySchema = z.object({ type: z.string(), id: z.string() });
/** An entry's place in its account's history. */
export const orderSchema = z
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
/** A page of the account holder's journal. */
export const journalPageSchema = pageSchema(journalEventSchema);
/** A journal event as support sees it: also the portal-wide `seq`, to find the entry in the journal and its proofs. */
export const supportJournalEventSchema = journalEventSchema.extend({
  seq: z.number().int().describe('the portal-wide journal sequence number'),
});
/** A page of an account's journal as support sees it. */
export const supportJournalPageSchema = pageSchema(supportJournalEventSchema);

/** A journal entry with its opened payload. */
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
