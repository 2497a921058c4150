// Appointments on the machine's PostgreSQL (SVC-2): 50 contenders on separate pools (separate
// connections, as separate instances) for one seat — exactly one booked; the same race with a
// read-then-write seat store fails (negative control); a move that crashes after taking the new
// seat leaves both seats as they were (one transaction with the record and the journal).
import { createJournalEnqueuer } from '@kabinet/audit';
import { createJournaledUnits, type JournaledUnits } from '@kabinet/audit/units';
import { cryptoRandom } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { createPostgresStores } from '../../postgres/src/index.js';
import type { SlotStore } from '@kabinet/ports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAppointmentsService,
  type AppointmentRecord,
  type AppointmentsService,
} from '../src/appointments/index.js';
import type { ServicesDeps } from '../src/context/services-deps.js';
import { createNoticeBoard } from '../src/notifications/index.js';
import { openTestSchema, type TestDatabase } from '../../postgres/test/_lib/test-database.js';
import { passKeys } from './appointments-fixture.js';
import { naiveSlotStore } from './naive-slot-store.js';
import { raceOneSlot, RACE_OFFICE } from './race-appointments.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
let clock: FakeClock;
const keys = createMemoryKeyProvider();

/** One application instance: its own pool, stores, atomic units and service. */
function instance(
  options: {
    readonly seats?: SlotStore;
    readonly units?: (units: JournaledUnits) => JournaledUnits;
  } = {},
) {
  const backend = createPostgresStores({ pool: db.openPool(4), clock, schema: db.schema });
  let units: JournaledUnits = createJournaledUnits({
    unitOfWork: backend.unitOfWork!,
    enqueuer: createJournalEnqueuer({ keys, clock }),
  });
  const seats = options.seats;
  if (seats !== undefined) {
    const inner = units;
    units = {
      atomic: inner.atomic,
      run: (work) =>
        inner.run((unit) =>
          work({
            versioned: unit.versioned,
            get payments() {
              return unit.payments;
            },
            slots: seats,
            append: unit.append,
          }),
        ),
    };
  }
  if (options.units !== undefined) units = options.units(units);
  const base = {
    versioned: backend.versioned,
    slots: seats ?? backend.slots,
    blobs: backend.blobs,
    units,
    clock,
    random: cryptoRandom,
  };
  const deps: ServicesDeps = { ...base, notices: createNoticeBoard(base) };
  return { backend, deps, appointments: createAppointmentsService(deps, { passKeys }) };
}

beforeAll(async () => {
  db = await openTestSchema('appointments', 4);
  clock = createFakeClock(Date.UTC(2027, 0, 11, 6));
});
afterAll(async () => {
  await db.close();
});

describe('appointments on PostgreSQL', () => {
  it('SVC-2: 50 contenders on five instances (separate pools) for one seat: exactly one booked, 49 told the slot is taken', async () => {
    const services: AppointmentsService[] = Array.from(
      { length: 5 },
      () => instance().appointments,
    );
    const race = await raceOneSlot(services, 50, 'pg');
    expect(race.codes).toEqual({ booked: 1, 'appointment.slot_taken': 49 });
    const free = await services[3]!.findFreeSlots({
      officeId: RACE_OFFICE.officeId,
      serviceId: RACE_OFFICE.serviceId,
      from: '2027-01-18',
      to: '2027-01-18',
    });
    expect(free.success && free.data.map((s) => s.slot)).not.toContain(RACE_OFFICE.slot);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM "${db.schema}".kabinet_slot_seats WHERE slot_key = $1`,
      [`${RACE_OFFICE.officeId}:${RACE_OFFICE.serviceId}:${RACE_OFFICE.slot}`],
    );
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('SVC-2 negative control: the same race with seats decided by read-then-write books the seat more than once', async () => {
    const seats = naiveSlotStore(100);
    const services = Array.from({ length: 5 }, () => instance({ seats }).appointments);
    const race = await raceOneSlot(services, 50, 'naive');
    expect(race.booked).toBeGreaterThan(1);
  });

  it('SVC-2: a move that crashes after taking the new seat rolls back: the old seat stays booked, the new one free, the record unchanged', async () => {
    let crash = false;
    const a = instance({
      units: (units) => ({
        atomic: units.atomic,
        run: (work) =>
          units.run((unit) =>
            work({
              ...unit,
              slots: unit.slots,
              payments: undefined as never,
              versioned: (c: string) => {
                const store = unit.versioned(c);
                return crash
                  ? {
                      ...store,
                      update: async () => {
                        throw new Error('crash after the seats');
                      },
                    }
                  : store;
              },
            } as never),
          ),
      }),
    });
    const held = await a.appointments.hold({
      accountId: 'acc_move',
      accountLevel: 'confirmed',
      officeId: 'ekb-1',
      serviceId: 'patent',
      slot: '2027-01-19T09:00',
    });
    expect(held.success).toBe(true);
    if (!held.success) return;
    expect(
      await a.appointments.confirm({ accountId: 'acc_move', appointmentId: held.data.id }),
    ).toMatchObject({ success: true });
    crash = true;
    await expect(
      a.appointments.move({
        accountId: 'acc_move',
        appointmentId: held.data.id,
        slot: '2027-01-20T09:00',
      }),
    ).rejects.toThrow(/crash/);
    crash = false;
    const other = instance();
    expect(
      await other.deps.slots.seatOf('ekb-1:patent:2027-01-19T09:00', held.data.id),
    ).toMatchObject({ state: 'booked' });
    expect(
      await other.deps.slots.seatOf('ekb-1:patent:2027-01-20T09:00', held.data.id),
    ).toBeUndefined();
    expect(
      await other.appointments.get({ accountId: 'acc_move', appointmentId: held.data.id }),
    ).toMatchObject({ success: true, data: { slot: '2027-01-19T09:00', state: 'booked' } });
  });

  it('SVC-2: two instances sweeping at once mark each missed visit a no-show once (version-checked writes)', async () => {
    const [a, b] = [instance(), instance()];
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const accountId = `acc_sweep_${i}`;
      const held = await a.appointments.hold({
        accountId,
        accountLevel: 'confirmed',
        officeId: 'nsk-1',
        serviceId: 'patent',
        slot: `2027-01-21T${String(9 + (i % 4)).padStart(2, '0')}:${i < 4 ? '00' : '15'}`,
      });
      if (!held.success) throw new Error(JSON.stringify(held.issues));
      expect(
        await a.appointments.confirm({ accountId, appointmentId: held.data.id }),
      ).toMatchObject({ success: true });
      ids.push(held.data.id);
    }
    clock.set(Date.UTC(2027, 0, 22));
    // Due: these eight and the bookings of the tests above.
    const due = (
      await a.backend
        .versioned<AppointmentRecord>('appointments')
        .listDue(clock.now(), { limit: 1000 })
    ).items.filter((r) => r.state === 'booked').length;
    expect(due).toBeGreaterThanOrEqual(8);
    const [x, y] = await Promise.all([a.appointments.sweep(), b.appointments.sweep()]);
    expect(x.noShows + y.noShows).toBe(due);
    for (const [i, id] of ids.entries())
      expect(
        await b.appointments.get({ accountId: `acc_sweep_${i}`, appointmentId: id }),
      ).toMatchObject({ success: true, data: { state: 'no_show' } });
    expect(await a.appointments.sweep()).toEqual({ expired: 0, noShows: 0 });
  });
});
