import { fail, issue, KabinetError, ok, readInput, type Result } from '@kabinet/core';
import type { Page } from '@kabinet/ports';
import { appointmentInputSchemas } from '../appointment-input-schemas.js';
import type { AppointmentRecord } from '../appointment-record.js';
import { expandSlots } from '../expand-slots.js';
import { renderVisitPassSvg } from '../render-visit-pass-svg.js';
import { signVisitPass } from '../sign-visit-pass.js';
import { type AppointmentsContext, loadOwn, lookup, refuse, store } from './context.js';
import { isLocalDate } from './is-local-date.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

const DAY = 86_400_000;

/** A slot with its free seats. */
export interface FreeSlot {
  readonly slot: string;
  readonly start: number;
  readonly end: number;
  readonly free: number;
  readonly capacity: number;
}

/** Shows a held appointment whose hold lapsed as `expired` before the sweep writes it. */
export function asSeen(record: AppointmentRecord, now: number): AppointmentRecord {
  return record.state === 'held' && (record.holdUntil ?? 0) <= now
    ? { ...record, state: 'expired' }
    : record;
}

/** `findFreeSlots`: expands the schedule over the dates and subtracts the taken seats in one batched call. */
export async function findFreeSlots(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<FreeSlot[], AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.findFreeSlots, input);
  if (!read.success) return read;
  const { officeId, serviceId, from, to } = read.data;
  const found = lookup(ctx, officeId, serviceId);
  if ('success' in found) return found;
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Date.parse(`${to}T00:00:00Z`);
  if (!isLocalDate(from)) return fail(issue('input.wrong_format', ['from']));
  if (!isLocalDate(to)) return fail(issue('input.wrong_format', ['to']));
  if (first > last) return fail(issue('appointment.range_invalid', ['to']));
  if ((last - first) / DAY + 1 > ctx.policy.maxSearchDays)
    return fail(issue('appointment.range_too_long', ['to'], { max: ctx.policy.maxSearchDays }));
  const now = ctx.deps.clock.now();
  const horizon = now + ctx.policy.horizonDays * DAY;
  const slots = expandSlots(found.office, found.schedule, from, to, ctx.holidays).filter(
    (s) => s.start - now >= ctx.policy.minLeadMs && s.start <= horizon,
  );
  const taken =
    slots.length === 0
      ? new Map<string, number>()
      : await ctx.deps.slots.taken(slots.map((s) => s.key));
  const out: FreeSlot[] = [];
  for (const s of slots) {
    const free = s.capacity - (taken.get(s.key) ?? 0);
    if (free > 0)
      out.push({
        slot: `${s.localDate}T${s.localTime}`,
        start: s.start,
        end: s.end,
        free,
        capacity: s.capacity,
      });
  }
  return ok(out);
}

/** `list`: the account's appointments, newest first. */
export async function listAppointments(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<Page<AppointmentRecord>, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.list, input);
  if (!read.success) return read;
  const { accountId, cursor } = read.data;
  const limit = Math.min(read.data.limit ?? ctx.policy.defaultPageSize, ctx.policy.maxPageSize);
  const page = await store(ctx).listByOwner(
    accountId,
    cursor === undefined ? { limit } : { limit, after: cursor },
  );
  const now = ctx.deps.clock.now();
  return ok({
    items: page.items.map((r) => asSeen(r, now)),
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  });
}

/** `get`: one of the account's appointments. */
export async function getAppointment(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<Result<AppointmentRecord, AppointmentIssueCode>> {
  const read = readInput(appointmentInputSchemas.appointment, input);
  if (!read.success) return read;
  const record = await loadOwn(ctx, read.data.accountId, read.data.appointmentId);
  return record === undefined
    ? refuse('appointment.not_found')
    : ok(asSeen(record, ctx.deps.clock.now()));
}

/** `pass`: the signed visit pass of a booked appointment and its QR code as SVG. */
export async function visitPass(
  ctx: AppointmentsContext,
  input: unknown,
): Promise<
  Result<
    { readonly text: string; readonly svg: string; readonly expiresAt: number },
    AppointmentIssueCode
  >
> {
  const read = readInput(appointmentInputSchemas.appointment, input);
  if (!read.success) return read;
  const record = await loadOwn(ctx, read.data.accountId, read.data.appointmentId);
  if (record === undefined) return refuse('appointment.not_found');
  if (record.state !== 'booked') return refuse('appointment.not_booked');
  const now = ctx.deps.clock.now();
  const expiresAt = record.end + ctx.policy.passGraceMs;
  const key = ctx.passKeys[0];
  if (key === undefined)
    throw new KabinetError('ERR_CONFIG', 'appointments: no visit-pass key is configured');
  const text = await signVisitPass(
    {
      appointmentId: record.id,
      number: record.number,
      officeId: record.officeId,
      serviceId: record.serviceId,
      start: record.start,
      end: record.end,
      issuedAt: now,
      expiresAt,
    },
    key,
  );
  return ok({ text, svg: renderVisitPassSvg(text), expiresAt });
}
