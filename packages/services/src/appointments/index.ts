/**
 * Appointments — «Запись на приём» (SVC-2): offices, services and schedules as data in each
 * office's time zone with the Russian public holidays; free slots expanded on request; a chosen
 * slot held for a policy time and booked on confirmation through the `SlotStore` port (no double
 * booking on one instance or many); moves and cancellations up to 24 hours before; the documents
 * to bring; a visit pass signed with Ed25519 (compact JWS) that scanners verify offline, rendered
 * as an SVG QR code; operator check-in, no-shows, reminders a day before — every step journaled
 * and notified.
 *
 * @example
 * ```ts
 * import { createAppointmentsService, generateVisitPassKeys } from '@kabinet/services/appointments';
 * const appointments = createAppointmentsService(deps, { passKeys: generateVisitPassKeys() });
 * const free = await appointments.findFreeSlots({ officeId: 'mow-1', serviceId: 'patent', from: '2027-01-18', to: '2027-01-22' });
 * ```
 *
 * @module @kabinet/services/appointments
 */
export type {
  AppointmentCatalogue,
  AppointmentOffice,
  AppointmentServiceDefinition,
  DayHours,
  LocalizedText,
  OfficeServiceSchedule,
  VisitDocument,
  Weekday,
} from './appointment-catalogue.js';
export { defaultAppointmentCatalogue } from './default-appointment-catalogue.js';
export { defineAppointmentCatalogue } from './define-appointment-catalogue.js';
export { russianPublicHolidays } from './russian-public-holidays.js';
export { zonedToUtc, utcToZoned, zoneOffsetAt, type ZonedParts } from './zoned-time.js';
export { formatInZone } from './format-in-zone.js';
export { expandSlots, type SlotDefinition } from './expand-slots.js';
export { appointmentMachine, type AppointmentState } from './appointment-machine.js';
export {
  defaultAppointmentsPolicy,
  strictAppointmentsPolicy,
  type AppointmentsPolicy,
} from './appointments-policy.js';
export { defineAppointmentsPolicy } from './define-appointments-policy.js';
export type { AppointmentRecord } from './appointment-record.js';
export { appointmentInputSchemas } from './appointment-input-schemas.js';
export {
  appointmentMessages,
  type AppointmentIssueCode,
  type AppointmentMessageCode,
} from './appointment-messages.js';
export type { VisitPassClaims, VisitPassPublicKey } from './visit-pass-claims.js';
export { signVisitPass } from './sign-visit-pass.js';
export { verifyVisitPass, type VisitPassIssueCode } from './verify-visit-pass.js';
export { renderVisitPassSvg } from './render-visit-pass-svg.js';
export { generateVisitPassKeys } from './generate-visit-pass-keys.js';
export { visitPassPublicKeys } from './visit-pass-public-keys.js';
export type {
  AppointmentsService,
  FreeSlotView,
  SweepReport,
  VisitPass,
} from './appointments-service.js';
export {
  createAppointmentsService,
  type AppointmentsServiceOptions,
} from './create-appointments-service.js';
