// AppointmentIssueCode comes from the catalogue's keys: the service's results carry it, a switch
// over an issue's code narrows, and a code without a message (or a state's label) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { AppointmentIssueCode } from './appointment-messages.js';
import type { AppointmentRecord } from './appointment-record.js';
import type { AppointmentsService } from './appointments-service.js';
import type { VisitPassIssueCode } from './verify-visit-pass.js';

declare const appointments: AppointmentsService;
declare const input: Parameters<AppointmentsService['hold']>[0];
const held = await appointments.hold(input);
expectTypeOf(held).toEqualTypeOf<Result<AppointmentRecord, AppointmentIssueCode>>();
if (!held.success)
  for (const found of held.issues)
    switch (found.code) {
      case 'appointment.slot_taken':
        expectTypeOf(found.code).toEqualTypeOf<'appointment.slot_taken'>();
        break;
      case 'input.required':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<AppointmentIssueCode, 'appointment.slot_taken' | 'input.required'>
        >();
    }
if (!held.success) {
  // @ts-expect-error: checking for a code the service cannot return does not compile
  if (held.issues[0]?.code === 'appointment.slot_gone') throw new Error();
}

// Every method's failure is typed so, not only the one above.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodCodes = {
  [K in keyof AppointmentsService]: AppointmentsService[K] extends (...args: never[]) => infer R
    ? IssueCodeOf<R>
    : never;
}[keyof AppointmentsService];
expectTypeOf<MethodCodes>().toEqualTypeOf<AppointmentIssueCode>();

// The union: the catalogue's issue and visit-pass codes and core's input codes, not the labels.
expectTypeOf<VisitPassIssueCode>().toMatchTypeOf<AppointmentIssueCode>();
expectTypeOf<InputIssueCode>().toMatchTypeOf<AppointmentIssueCode>();
expectTypeOf<'appointment.state.booked'>().not.toMatchTypeOf<AppointmentIssueCode>();
expectTypeOf<'notice.appointment.booked'>().not.toMatchTypeOf<AppointmentIssueCode>();
expectTypeOf<VisitPassIssueCode>().toEqualTypeOf<
  'visit_pass.malformed' | 'visit_pass.unknown_key' | 'visit_pass.signature' | 'visit_pass.expired'
>();
// @ts-expect-error: a code without a ru/en message is not an appointments issue code
const unknown: AppointmentIssueCode = 'appointment.slot_gone';
void unknown;
