import type { AppointmentMessageCode } from '@kabinet/services/appointments';
import type { IssueStatusTable } from './issue-status-table.js';

/** The appointments area's codes (SVC-2), the visit pass's, the state labels and the notices. */
export const appointmentIssueStatuses: IssueStatusTable<AppointmentMessageCode> = {
  // The level gate, unknown offices and services, records that are not the caller's, and the seat
  // or the visit's time deciding against the request.
  'appointment.level_too_low': 403,
  'appointment.not_found': 404,
  'appointment.office_unknown': 404,
  'appointment.service_unknown': 404,
  'appointment.slot_taken': 409,
  'appointment.hold_expired': 409,
  'appointment.change_too_late': 409,
  'appointment.not_allowed': 409,
  'appointment.not_booked': 409,
  'appointment.same_slot': 409,
  'appointment.too_many_active': 409,
  'appointment.pass_outdated': 409,
  'appointment.checkin_wrong_day': 409,
  'appointment.checkin_too_early': 409,
  'appointment.checkin_too_late': 409,
  'appointment.checkin_wrong_office': 409,
  // No status of their own: input problems (listed in a 422), labels and notices.
  'appointment.slot_unknown': null,
  'appointment.slot_too_soon': null,
  'appointment.slot_too_far': null,
  'appointment.slot_past': null,
  'appointment.range_invalid': null,
  'appointment.range_too_long': null,
  'appointment.state.held': null,
  'appointment.state.booked': null,
  'appointment.state.checked_in': null,
  'appointment.state.no_show': null,
  'appointment.state.cancelled': null,
  'appointment.state.expired': null,
  'visit_pass.malformed': null,
  'visit_pass.unknown_key': null,
  'visit_pass.signature': null,
  'visit_pass.expired': null,
  'notice.appointment.booked': null,
  'notice.appointment.moved': null,
  'notice.appointment.cancelled': null,
  'notice.appointment.reminder': null,
  'notice.appointment.no_show': null,
  'notice.appointment.checked_in': null,
  'notice.appointment.expired': null,
};
