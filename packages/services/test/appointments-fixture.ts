// Shared by the appointments tests: the service over the services kit (memory stores, recording
// journal and notice board, frozen time at Monday 11 January 2027, 09:00 Moscow).
import type { SigningKey } from '@kabinet/ports';
import {
  createAppointmentsService,
  generateVisitPassKeys,
  type AppointmentsPolicy,
  type AppointmentsService,
} from '../src/appointments/index.js';
import type { ServicesDeps } from '../src/context/services-deps.js';
import { makeServicesKit, type ServicesKit } from './kit.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const passKeys: readonly SigningKey[] = generateVisitPassKeys('vp-test');

export interface AppointmentsFixture extends ServicesKit {
  readonly appointments: AppointmentsService;
}

export function appointmentsFixture(
  options: {
    readonly policy?: Partial<AppointmentsPolicy>;
    readonly deps?: (deps: ServicesDeps) => ServicesDeps;
  } = {},
): AppointmentsFixture {
  const kit = makeServicesKit();
  const deps = options.deps === undefined ? kit.deps : options.deps(kit.deps);
  return {
    ...kit,
    appointments: createAppointmentsService(deps, {
      passKeys,
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    }),
  };
}

/** Holds and confirms a Moscow patent visit on Monday 18 January 2027 at `time` (local). */
export async function bookPatent(f: AppointmentsFixture, accountId = 'acc_1', time = '09:00') {
  const held = await f.appointments.hold({
    accountId,
    accountLevel: 'confirmed',
    officeId: 'mow-1',
    serviceId: 'patent',
    slot: `2027-01-18T${time}`,
  });
  if (!held.success) throw new Error(JSON.stringify(held.issues));
  const booked = await f.appointments.confirm({ accountId, appointmentId: held.data.id });
  if (!booked.success) throw new Error(JSON.stringify(booked.issues));
  return booked.data;
}
