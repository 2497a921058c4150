// The race every backend runs: N contenders, each a different account, hold and confirm the same
// one-seat slot at once through the appointments service.
import type { AppointmentsService } from '../src/appointments/index.js';

export const RACE_OFFICE = {
  officeId: 'kgd-1',
  serviceId: 'rvp_application',
  slot: '2027-01-18T09:00',
} as const;

export interface RaceOutcome {
  readonly booked: number;
  readonly codes: Readonly<Record<string, number>>;
  readonly ms: number;
}

/** Runs `contenders` hold + confirm pairs at once on one slot (capacity 1 in the default catalogue). */
export async function raceOneSlot(
  services: readonly AppointmentsService[],
  contenders: number,
  label = 'r',
): Promise<RaceOutcome> {
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: contenders }, async (_, i) => {
      const appointments = services[i % services.length]!;
      const accountId = `acc_${label}_${i}`;
      const held = await appointments.hold({
        accountId,
        accountLevel: 'confirmed',
        ...RACE_OFFICE,
      });
      if (!held.success) return held.issues[0]!.code;
      const booked = await appointments.confirm({ accountId, appointmentId: held.data.id });
      return booked.success ? 'booked' : booked.issues[0]!.code;
    }),
  );
  const codes: Record<string, number> = {};
  for (const code of results) codes[code] = (codes[code] ?? 0) + 1;
  return { booked: codes['booked'] ?? 0, codes, ms: performance.now() - started };
}
