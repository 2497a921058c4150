import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { directJournaledUnits } from '@kabinet/audit/units';
import { appointmentsFixture } from '../../test/appointments-fixture.js';
import { naiveSlotStore } from '../../test/naive-slot-store.js';
import { raceOneSlot } from '../../test/race-appointments.js';

describe('appointments: no double booking', () => {
  it('SVC-2: 50 contenders for one seat through the service: exactly one booked, 49 told the slot is taken', async () => {
    const f = appointmentsFixture();
    const race = await raceOneSlot([f.appointments], 50);
    expect(race.booked).toBe(1);
    expect(race.codes).toEqual({ booked: 1, 'appointment.slot_taken': 49 });
    const free = await f.appointments.findFreeSlots({
      officeId: 'kgd-1',
      serviceId: 'rvp_application',
      from: '2027-01-18',
      to: '2027-01-18',
    });
    expect(free.success && free.data.map((s) => s.slot)).not.toContain('2027-01-18T09:00');
  });

  it('SVC-2: one account choosing one slot twice at once (a double click) gets one appointment and one seat', async () => {
    const f = appointmentsFixture();
    const input = {
      accountId: 'acc_1',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T09:00',
    };
    const [a, b] = await Promise.all([f.appointments.hold(input), f.appointments.hold(input)]);
    expect(a.success && b.success && a.data.id === b.data.id).toBe(true);
    expect(
      (await f.deps.slots.taken(['mow-1:patent:2027-01-18T09:00'])).get(
        'mow-1:patent:2027-01-18T09:00',
      ),
    ).toBe(1);
    f.clock.advance(10 * 60_000);
    const again = await f.appointments.hold(input);
    expect(again.success && a.success && again.data.id !== a.data.id).toBe(true);
    expect(
      await f.appointments.get({ accountId: 'acc_1', appointmentId: a.success ? a.data.id : '' }),
    ).toMatchObject({ success: true, data: { state: 'expired' } });
  });

  it('SVC-2 negative control: the same race over a read-then-write slot store books the seat more than once', async () => {
    const f = appointmentsFixture({
      deps: (deps) => {
        const slots = naiveSlotStore();
        return {
          ...deps,
          slots,
          units: directJournaledUnits({
            versioned: deps.versioned,
            slots,
            journal: { append: async () => {} } as never,
          }),
        };
      },
    });
    const race = await raceOneSlot([f.appointments], 50);
    expect(race.booked).toBeGreaterThan(1);
  });

  const OFFICES = [
    { officeId: 'kgd-1', serviceId: 'rvp_application', capacity: 1 },
    { officeId: 'ekb-1', serviceId: 'rvp_application', capacity: 2 },
    { officeId: 'mow-1', serviceId: 'rvp_application', capacity: 3 },
    { officeId: 'mow-1', serviceId: 'patent', capacity: 4 },
  ] as const;
  const op = fc.oneof(
    fc.record({ kind: fc.constant('hold' as const), who: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('confirm' as const), who: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('cancel' as const), who: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 12 }) }),
  );

  test.prop([fc.constantFrom(...OFFICES), fc.array(op, { maxLength: 25 })], { numRuns: 60 })(
    'SVC-2: a slot is offered with exactly its capacity minus the live holds and bookings, and never once they fill it',
    async (office, ops) => {
      const f = appointmentsFixture();
      const slot = '2027-01-19T10:00';
      const ids = new Map<number, string>();
      for (const o of ops) {
        if (o.kind === 'wait') f.clock.advance(o.minutes * 60_000);
        else if (o.kind === 'hold') {
          const held = await f.appointments.hold({
            accountId: `acc_${o.who}`,
            accountLevel: 'confirmed',
            officeId: office.officeId,
            serviceId: office.serviceId,
            slot,
          });
          if (held.success) ids.set(o.who, held.data.id);
        } else if (ids.has(o.who))
          await f.appointments[o.kind]({
            accountId: `acc_${o.who}`,
            appointmentId: ids.get(o.who)!,
          });
        const now = f.clock.now();
        let live = 0;
        for (const [who, id] of ids) {
          const got = await f.appointments.get({ accountId: `acc_${who}`, appointmentId: id });
          if (
            got.success &&
            got.data.slot === slot &&
            (got.data.state === 'booked' ||
              (got.data.state === 'held' && got.data.holdUntil! > now))
          )
            live++;
        }
        expect(live).toBeLessThanOrEqual(office.capacity);
        const free = await f.appointments.findFreeSlots({
          officeId: office.officeId,
          serviceId: office.serviceId,
          from: '2027-01-19',
          to: '2027-01-19',
        });
        const offered = free.success ? free.data.find((s) => s.slot === slot) : undefined;
        if (live === office.capacity) expect(offered).toBeUndefined();
        else expect(offered?.free).toBe(office.capacity - live);
      }
    },
  );
});
