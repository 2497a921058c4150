// Measures appointments (SVC-2): the free-slot search over 50 offices × 90 days (rules expanded on
// request, taken seats subtracted in one batched call per office), on memory and PostgreSQL; and
// booking under 50 concurrent contenders for one seat (hold + confirm each, one wins), on memory
// and on PostgreSQL with the contenders spread over five pools (five "instances").
// PostgreSQL: KABINET_TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test), a
// fresh schema dropped at the end.
import { createJournalEnqueuer } from '@kabinet/audit';
import { createJournaledUnits } from '@kabinet/audit/units';
import { cryptoRandom } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { createPostgresStores } from '../../postgres/src/index.js';
import { cpus, loadavg } from 'node:os';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import { openTestSchema } from '../../postgres/test/_lib/test-database.js';
import { makeServicesKit } from '../test/kit.js';
import {
  createAppointmentsService,
  defaultAppointmentCatalogue,
  defineAppointmentCatalogue,
  generateVisitPassKeys,
  type AppointmentsService,
} from '../src/appointments/index.js';
import type { ServicesDeps } from '../src/context/services-deps.js';
import { createNoticeBoard } from '../src/notifications/index.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2027, 0, 11, 5, 0);
const passKeys = generateVisitPassKeys('bench');
const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
];
// 50 offices: the five defaults' schedules, ten zones.
const catalogue = defineAppointmentCatalogue({
  offices: Array.from({ length: 50 }, (_, i) => ({
    ...defaultAppointmentCatalogue.offices[i % 5]!,
    id: `office-${i}`,
    timeZone: ZONES[i % ZONES.length]!,
  })),
});
const FROM = '2027-01-11';
const TO = '2027-04-10'; // 90 days

async function searchAll(appointments: AppointmentsService): Promise<number> {
  let slots = 0;
  for (const office of catalogue.offices) {
    const free = await appointments.findFreeSlots({
      officeId: office.id,
      serviceId: 'patent',
      from: FROM,
      to: TO,
    });
    if (!free.success) throw new Error(JSON.stringify(free.issues));
    slots += free.data.length;
  }
  return slots;
}

/** Milliseconds per call of `fn`, the median of `runs` runs after one warm-up. */
async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** `rounds` races of 50 contenders (each a fresh account) for one fresh one-seat slot; checks one winner each. */
async function races(
  services: readonly AppointmentsService[],
  rounds: number,
  tag: string,
): Promise<{ msPerRound: number; bookingsPerSecond: number; attemptsPerSecond: number }> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const day = 18 + (round % 5); // Monday 18 … Friday 22 January
    const minutes = 9 * 60 + 20 * Math.floor(round / 5);
    const slot = `2027-01-${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const t0 = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const appointments = services[i % services.length]!;
        const accountId = `acc_${tag}_${round}_${i}`;
        const held = await appointments.hold({
          accountId,
          accountLevel: 'confirmed',
          officeId: 'office-1',
          serviceId: 'rvp_application',
          slot,
        });
        if (!held.success) return held.issues[0]!.code;
        const booked = await appointments.confirm({ accountId, appointmentId: held.data.id });
        return booked.success ? 'booked' : booked.issues[0]!.code;
      }),
    );
    times.push(performance.now() - t0);
    const won = outcomes.filter((o) => o === 'booked').length;
    if (won !== 1 || outcomes.some((o) => o !== 'booked' && o !== 'appointment.slot_taken'))
      throw new Error(`round ${round} on ${tag}: ${JSON.stringify(outcomes)}`);
  }
  const total = times.reduce((a, b) => a + b, 0);
  return {
    msPerRound: total / rounds,
    bookingsPerSecond: (rounds * 1000) / total,
    attemptsPerSecond: (rounds * 50 * 1000) / total,
  };
}

// Memory: the kit's stores; 1,000 seats held across the offices so the batched count has work.
const kit = makeServicesKit({ start: START });
const memory = createAppointmentsService(kit.deps, {
  passKeys,
  catalogue,
  policy: { maxActivePerAccount: 100 },
});
for (let i = 0; i < 1000; i++) {
  const office = catalogue.offices[i % 50]!;
  const day = 12 + (i % 15);
  await memory.hold({
    accountId: `seed_${i % 10}_${Math.floor(i / 100)}`,
    accountLevel: 'confirmed',
    officeId: office.id,
    serviceId: 'patent',
    slot: `2027-01-${day}T${String(9 + (i % 8)).padStart(2, '0')}:00`,
  });
}
const slotsFound = await searchAll(memory);
const searchMemoryMs = await medianMs(() => searchAll(memory), 7);
const memoryRace = await races([memory], 40, 'mem');

// PostgreSQL: five instances, each its own pool of 4 connections, stores and atomic units.
const db = await openTestSchema('appointments_bench', 4);
const clock: FakeClock = createFakeClock(START);
const keys = createMemoryKeyProvider();
function instance(): AppointmentsService {
  const backend = createPostgresStores({ pool: db.openPool(4), clock, schema: db.schema });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork!,
    enqueuer: createJournalEnqueuer({ keys, clock }),
  });
  const base = {
    versioned: backend.versioned.bind(backend),
    slots: backend.slots,
    blobs: backend.blobs,
    units,
    clock,
    random: cryptoRandom,
  };
  const deps: ServicesDeps = { ...base, notices: createNoticeBoard(base) };
  return createAppointmentsService(deps, { passKeys, catalogue });
}
const pgServices = Array.from({ length: 5 }, instance);
const searchPostgresMs = await medianMs(() => searchAll(pgServices[0]!), 5);
const pgRace = await races(pgServices, 10, 'pg');
await db.close();

const metrics: Metric[] = [
  {
    name: 'search.50x90.memory',
    value: searchMemoryMs,
    unit: 'ms',
    better: 'lower',
    note: `50 offices × 90 days of 15-minute patent slots (${slotsFound.toLocaleString('en-US')} free slots found, 1,000 seats held), one findFreeSlots per office: rules expanded, one batched taken() per office; median of 7`,
  },
  {
    name: 'search.50x90.postgres',
    value: searchPostgresMs,
    unit: 'ms',
    better: 'lower',
    note: 'the same 50 searches with taken() on PostgreSQL (one query per office); median of 5',
  },
  {
    name: 'race.memory.bookings',
    value: memoryRace.bookingsPerSecond,
    unit: 'bookings/s',
    better: 'higher',
    note: `40 rounds of 50 contenders (hold + confirm) for one fresh one-seat slot: one booked, 49 slot_taken each round; ${memoryRace.msPerRound.toFixed(1)} ms a round, ${Math.round(memoryRace.attemptsPerSecond).toLocaleString('en-US')} attempts/s`,
  },
  {
    name: 'race.postgres.bookings',
    value: pgRace.bookingsPerSecond,
    unit: 'bookings/s',
    better: 'higher',
    note: `10 rounds of 50 contenders over five pools of 4 connections: one booked, 49 slot_taken each round; ${pgRace.msPerRound.toFixed(1)} ms a round, ${Math.round(pgRace.attemptsPerSecond).toLocaleString('en-US')} attempts/s`,
  },
];
writeReport(
  'appointments',
  'Appointments: free-slot search and booking under contention',
  metrics,
  [
    ...metrics.map((m) => `- \`${m.name}\`: ${m.note}.`),
    '',
    `Each round is a contended slot: bookings/s counts the one winner per round, attempts/s all 50 contenders (a refused attempt costs a journal entry too). Memory runs on the services kit (recording journal and notice board); PostgreSQL runs with atomic units (record, seat, journal outbox and notices in one transaction) on the machine's server. Load average when run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' / ',
      )} on ${cpus().length} cores shared with other builds: compare the figures with each other, not with production.`,
    '',
  ].join('\n'),
);
