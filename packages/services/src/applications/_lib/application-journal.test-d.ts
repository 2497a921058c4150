import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { AgencyStatus } from '../agency-gateway.js';
import { AGENCY_REPORTED } from './agency-report.js';
import type { Change } from './change.js';
import { AGENCY, accountParty, journal, type ChangeJournal } from './context.js';

declare const unit: JournaledUnit;
declare const next: Change['next'];
const actor = accountParty('acc_1');

// Every `application.*` entry's payload is the catalogue's (`application-journal-actions.ts`).
expectTypeOf<JournalPayloadOf<'application.withdrawn'>['from']>().toEqualTypeOf<
  Change['next']['status']
>();
// A report is journaled under its own status's action, one payload for the four.
expectTypeOf(AGENCY_REPORTED.approved).toEqualTypeOf<'application.approved'>();
expectTypeOf<JournalPayloadOf<(typeof AGENCY_REPORTED)[AgencyStatus]>>().toEqualTypeOf<
  JournalPayloadOf<'application.agency_update_unchanged'>
>();

void journal(unit, actor, 'application.created', 'acc_1', {
  applicationId: 'app_1',
  serviceCode: 'passport',
  fields: ['surname'],
});
// An optional field may be given as `undefined` (dropped before writing).
const submitted: Change = {
  next,
  action: 'application.submitted',
  payload: { number: 'ZV-2027-1234567', serviceCode: 'passport', dutyPaymentId: undefined },
};
const steps: readonly ChangeJournal[] = [
  submitted,
  { action: 'application.handover_settled', payload: {} },
  // @ts-expect-error a misnamed payload field (`serviceCode`)
  { action: 'application.submitted', payload: { number: 'ZV-2027-1234567', service: 'passport' } },
  // @ts-expect-error an edit names the status it happened in, not any text
  { action: 'application.edited', payload: { fields: [], status: 'lost' } },
  // @ts-expect-error an action outside the catalogue
  { action: 'application.forgotten', payload: {} },
  // @ts-expect-error a rejected callback is about the authority, not an application: no change writes it
  { action: 'application.callback_rejected', payload: { reason: 'signature' } },
];
expectTypeOf(steps).toEqualTypeOf<readonly ChangeJournal[]>();

// @ts-expect-error a direct write misses a field (`title`)
void journal(unit, AGENCY, 'application.certificate_issued', 'acc_1', {
  applicationId: 'app_1',
  certificateId: 'cert_1',
});
// @ts-expect-error a name built from an arbitrary status is not an application action
void journal(unit, AGENCY, `application.${next.status}`, 'acc_1', { applicationId: 'app_1' });
void unit.append({
  actor: AGENCY,
  action: 'application.callback_rejected',
  subject: AGENCY,
  // @ts-expect-error a rejected callback's only reason is its signature
  payload: { reason: 'late' },
});
