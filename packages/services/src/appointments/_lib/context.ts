import { fail, issue, type Failure, type IssueParam } from '@kabinet/core';
import type { JournalPayloadOf } from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import type {} from './appointment-journal-actions.js';
import type { SigningKey, Stored, VersionedStore } from '@kabinet/ports';
import type { ServicesDeps } from '../../context/services-deps.js';
import type {
  AppointmentCatalogue,
  AppointmentOffice,
  AppointmentServiceDefinition,
  OfficeServiceSchedule,
} from '../appointment-catalogue.js';
import type { AppointmentRecord } from '../appointment-record.js';
import type { AppointmentsPolicy } from '../appointments-policy.js';
import type { VisitPassPublicKey } from '../visit-pass-claims.js';
import type { AppointmentIssueCode } from '../appointment-messages.js';

export const COLLECTION = 'appointments';

/** Everything the use cases read. */
export interface AppointmentsContext {
  readonly deps: ServicesDeps;
  readonly policy: AppointmentsPolicy;
  readonly catalogue: AppointmentCatalogue;
  readonly holidays: ReadonlySet<string>;
  readonly passKeys: readonly SigningKey[];
  readonly publicKeys: readonly VisitPassPublicKey[];
}

export const store = (ctx: AppointmentsContext): VersionedStore<AppointmentRecord> =>
  ctx.deps.versioned<AppointmentRecord>(COLLECTION);

export const refuse = (
  code: AppointmentIssueCode,
  params?: Readonly<Record<string, IssueParam>>,
): Failure<AppointmentIssueCode> => fail(issue(code, [], params));

export type Party = { readonly type: string; readonly id: string };
export const accountParty = (accountId: string): Party => ({ type: 'account', id: accountId });

/** Journals an `appointment.*` action about the account, inside the unit (AUD-1). */
export async function journal<W extends AppointmentStep>(
  unit: JournaledUnit,
  actor: Party,
  action: W,
  record: Pick<AppointmentRecord, 'id' | 'ownerId' | 'number'>,
  payload: Omit<JournalPayloadOf<`appointment.${W}`>, 'appointmentId' | 'number'>,
): Promise<void> {
  // The parameters' types pair `payload` with the action; a generic W cannot show it here.
  await unit.append<string>({
    actor,
    action: `appointment.${action}`,
    subject: accountParty(record.ownerId),
    payload: { appointmentId: record.id, number: record.number, ...(payload as JsonObject) },
  });
}

/** The steps of a booking `journal` writes, as `appointment.<step>`. */
export type AppointmentStep =
  'held' | 'booked' | 'expired' | 'no_show' | 'cancelled' | 'moved' | 'checked_in';

type JsonObject = Readonly<Record<string, string | number | boolean>>;

/** The account's appointment, or `undefined` (someone else's is not found either). */
export async function loadOwn(
  ctx: AppointmentsContext,
  accountId: string,
  appointmentId: string,
): Promise<Stored<AppointmentRecord> | undefined> {
  const record = await store(ctx).get(appointmentId);
  return record === undefined || record.ownerId !== accountId ? undefined : record;
}

/** The record without its store version, and without the optional fields named. */
export function next(
  record: Stored<AppointmentRecord>,
  changes: Partial<AppointmentRecord>,
  drop: readonly (keyof AppointmentRecord)[] = [],
): AppointmentRecord {
  const { version: _version, ...rest } = record;
  const out: Record<string, unknown> = { ...rest, ...changes };
  for (const key of drop) delete out[key];
  return out as unknown as AppointmentRecord;
}

/** Office, its schedule for the service and the service, or the issue. */
export function lookup(
  ctx: AppointmentsContext,
  officeId: string,
  serviceId: string,
):
  | {
      office: AppointmentOffice;
      schedule: OfficeServiceSchedule;
      service: AppointmentServiceDefinition;
    }
  | Failure<AppointmentIssueCode> {
  const office = ctx.catalogue.offices.find((o) => o.id === officeId);
  if (office === undefined) return fail(issue('appointment.office_unknown', ['officeId']));
  const schedule = office.services.find((s) => s.serviceId === serviceId);
  const service = ctx.catalogue.services.find((s) => s.id === serviceId);
  if (schedule === undefined || service === undefined)
    return fail(issue('appointment.service_unknown', ['serviceId']));
  return { office, schedule, service };
}

/**
 * The unique keys an appointment owns: its number always; while held or booked also
 * `appointment-live:<account>:<slot key>`, so one account cannot take two seats of one slot,
 * however many requests race.
 */
export function uniqueKeysOf(
  record: Pick<AppointmentRecord, 'number' | 'ownerId' | 'slotKey' | 'state'>,
): string[] {
  const keys = [`appointment-number:${record.number}`];
  if (record.state === 'held' || record.state === 'booked')
    keys.push(`appointment-live:${record.ownerId}:${record.slotKey}`);
  return keys;
}

/** The reminder's notice key. */
export const reminderKey = (appointmentId: string): string =>
  `appointment:${appointmentId}:reminder`;
