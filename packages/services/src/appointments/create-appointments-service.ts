import type { SigningKey } from '@kabinet/ports';
import type { ServicesDeps } from '../context/services-deps.js';
import type { AppointmentCatalogue } from './appointment-catalogue.js';
import type { AppointmentsPolicy } from './appointments-policy.js';
import type { AppointmentsService } from './appointments-service.js';
import { defineAppointmentCatalogue } from './define-appointment-catalogue.js';
import { defineAppointmentsPolicy } from './define-appointments-policy.js';
import { visitPassPublicKeys } from './visit-pass-public-keys.js';
import type { AppointmentsContext } from './_lib/context.js';
import { cancelAppointment } from './_lib/use-cancel.js';
import { checkInVisitor } from './_lib/use-check-in.js';
import { confirmAppointment } from './_lib/use-confirm.js';
import { holdSlot } from './_lib/use-hold.js';
import { moveAppointment } from './_lib/use-move.js';
import { findFreeSlots, getAppointment, listAppointments, visitPass } from './_lib/use-queries.js';
import { sweepAppointments } from './_lib/use-sweep.js';

/** Options of {@link createAppointmentsService}. */
export interface AppointmentsServiceOptions {
  /** The visit-pass keys (Ed25519): the first signs, all verify (rotation); without any, passes and check-in throw `ERR_CONFIG`. */
  readonly passKeys: readonly SigningKey[];
  /** Numbers (default `defaultAppointmentsPolicy`); checked with `defineAppointmentsPolicy`. */
  readonly policy?: Partial<AppointmentsPolicy>;
  /** Offices, services, schedules, holidays (default `defaultAppointmentCatalogue`); checked. */
  readonly catalogue?: AppointmentCatalogue;
}

/**
 * The appointments service (SVC-2) over the services' deps: the schedules are expanded on request,
 * seats are decided by the `SlotStore` (held for the policy time, booked on confirmation, in the
 * same unit as the record), the visit pass is an Ed25519-signed JWS rendered as a QR code.
 *
 * @param deps - storage, units, notices, clock and randomness
 * @param options - pass keys, policy and catalogue
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for a bad policy or catalogue, or a pass key that is not Ed25519 (with no key at all, `pass` and `checkIn` throw `ERR_CONFIG`)
 * @example
 * ```ts
 * const appointments = createAppointmentsService(deps, { passKeys: generateVisitPassKeys() });
 * const held = await appointments.hold({ accountId: 'acc_1', accountLevel: 'confirmed', officeId: 'mow-1', serviceId: 'patent', slot: '2027-01-18T09:00' });
 * ```
 */
export function createAppointmentsService(
  deps: ServicesDeps,
  options: AppointmentsServiceOptions,
): AppointmentsService {
  const catalogue = defineAppointmentCatalogue(options.catalogue ?? {});
  const ctx: AppointmentsContext = {
    deps,
    policy: defineAppointmentsPolicy(options.policy),
    catalogue,
    holidays: new Set(catalogue.holidays),
    passKeys: options.passKeys,
    publicKeys: visitPassPublicKeys(options.passKeys),
  };
  return {
    catalogue: () => ctx.catalogue,
    policy: () => ctx.policy,
    findFreeSlots: (input) => findFreeSlots(ctx, input),
    hold: (input) => holdSlot(ctx, input),
    confirm: (input) => confirmAppointment(ctx, input),
    move: (input) => moveAppointment(ctx, input),
    cancel: (input) => cancelAppointment(ctx, input),
    list: (input) => listAppointments(ctx, input),
    get: (input) => getAppointment(ctx, input),
    pass: (input) => visitPass(ctx, input),
    checkIn: (input) => checkInVisitor(ctx, input),
    sweep: (options) =>
      sweepAppointments(ctx, Math.min(Math.max(1, Math.floor(options?.limit ?? 100)), 1000)),
    publicKeys: () => ctx.publicKeys,
  };
}
