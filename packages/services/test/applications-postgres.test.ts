// PostgreSQL adapters come from the postgres package's source, not a declared dev dependency: @kabinet/postgres dev-depends on @kabinet/http (its HTTP benchmark), which depends on @kabinet/services, so a declared edge back would close a workspace cycle.
// Applications on the machine's PostgreSQL (SVC-1, S-15, S-16): two instances (separate pools)
// apply the authority's reports at once, each report delivered twice in shuffled order — the
// record ends in the newest report's state with one certificate; two ticks race to hand the
// same application over — it is passed once; a withdrawal races the hand-over — exactly one wins.
import { createJournalEnqueuer } from '@kabinet/audit';
import { createJournaledUnits } from '@kabinet/audit/units';
import { createSeededRandom, cryptoRandom } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import { createPostgresStores } from '../../postgres/src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApplicationsService,
  createSimulatedAgency,
  defineApplicationsPolicy,
  type ApplicationsService,
  type SimulatedAgency,
} from '../src/applications/index.js';
import type { ServicesDeps } from '../src/context/services-deps.js';
import { createNoticeBoard } from '../src/notifications/index.js';
import { openTestSchema, type TestDatabase } from '../../postgres/test/_lib/test-database.js';
import { makeJpeg } from '../../validators/test/file-fixtures.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

let db: TestDatabase;
let clock: FakeClock;
let agency: SimulatedAgency;
const keys = createMemoryKeyProvider();
const ACC = 'acc_pg_1';

/** One application instance: its own pool, stores, atomic units and service (one authority for all). */
function instance(): ApplicationsService {
  const backend = createPostgresStores({ pool: db.openPool(4), clock, schema: db.schema });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork!,
    enqueuer: createJournalEnqueuer({ keys, clock }),
  });
  const base = {
    versioned: backend.versioned,
    slots: backend.slots,
    blobs: backend.blobs,
    units,
    clock,
    random: cryptoRandom,
  };
  const deps: ServicesDeps = { ...base, notices: createNoticeBoard(base) };
  return createApplicationsService(deps, {
    agency,
    duties: async () => undefined,
    scanFile: async () => 'clean',
    policy: defineApplicationsPolicy({ passDelayMs: 0, conflictRetries: 30 }),
  });
}

async function submitted(service: ApplicationsService): Promise<string> {
  const draft = await service.createDraft({
    accountId: ACC,
    accountLevel: 'standard',
    serviceCode: 'arrival_notification',
    fields: {
      arrivalDate: '10.01.2027',
      address: 'г. Москва, ул. Тверская, д. 7',
      migrationCard: '4012 3057841',
    },
  });
  if (!draft.success) throw new Error(JSON.stringify(draft.issues));
  const id = draft.data.application.id;
  const attached = await service.attach({
    accountId: ACC,
    applicationId: id,
    kind: 'passport_scan',
    file: { bytes: makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }) },
  });
  if (!attached.success) throw new Error(JSON.stringify(attached.issues));
  const r = await service.submit({ accountId: ACC, accountLevel: 'standard', applicationId: id });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return id;
}

beforeAll(async () => {
  db = await openTestSchema('applications', 4);
  clock = createFakeClock(Date.UTC(2027, 0, 11, 6));
  agency = createSimulatedAgency({
    clock,
    random: createSeededRandom(1),
    secret: 'agency-secret-pg-0123',
  });
});
afterAll(async () => {
  await db.close();
});

describe('applications on PostgreSQL', () => {
  it('S-16, SVC-1: two instances apply every report twice, shuffled and at once: the newest report wins, one certificate', async () => {
    const [a, b] = [instance(), instance()];
    const id = await submitted(a);
    await b.passDue();
    agency.script(id, [
      { status: 'under_review' },
      { status: 'info_required', items: [] },
      { status: 'under_review' },
      { status: 'info_required', items: [] },
      { status: 'under_review' },
      { status: 'approved' },
    ]);
    const sent = agency.drain(id);
    const deliveries = [...sent, ...sent].map((callback, i) => ({
      callback,
      to: i % 2 === 0 ? a : b,
    }));
    const random = createSeededRandom(42);
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    const outcomes = await Promise.all(
      deliveries.map(({ callback, to }) => to.handleAgencyCallback(callback)),
    );
    expect(outcomes.every((r) => r.success)).toBe(true);
    const counts = outcomes.map((r) => (r.success ? r.data.outcome : 'failed'));
    // Each report is handled once at most; the second copy is a duplicate or stale.
    expect(counts.filter((o) => o === 'applied' || o === 'unchanged').length).toBeLessThanOrEqual(
      sent.length,
    );
    const got = await a.get({ accountId: ACC, applicationId: id });
    expect(got.success && got.data.application).toMatchObject({
      status: 'approved',
      agencySeq: 6,
      decision: { outcome: 'approved' },
    });
    const certs = await b.listCertificates({ accountId: ACC });
    expect(certs.success && certs.data.items).toHaveLength(1);
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM "${db.schema}".kabinet_records WHERE collection = 'application_certificates'`,
    );
    expect(rows[0]).toEqual({ n: 1 });
    // AUD-1: every delivery is journaled exactly once, as applied or as ignored, in its own transaction.
    const journaled = await db.pool.query(
      `SELECT action, count(*)::int AS n FROM "${db.schema}".kabinet_journal_outbox WHERE action LIKE 'application.%' GROUP BY action`,
    );
    const count = Object.fromEntries(
      (journaled.rows as { action: string; n: number }[]).map((r) => [r.action, r.n]),
    ) as Record<string, number>;
    expect(count['application.certificate_issued']).toBe(1);
    expect(count['application.approved']).toBe(1);
    const handled = [
      'application.under_review',
      'application.info_required',
      'application.approved',
      'application.agency_update_unchanged',
      'application.agency_update_ignored',
    ];
    expect(handled.reduce((sum, action) => sum + (count[action] ?? 0), 0)).toBe(deliveries.length);
  });

  it('SVC-1: two ticks race to hand the same application over: it is passed once', async () => {
    const [a, b] = [instance(), instance()];
    const id = await submitted(a);
    const [x, y] = await Promise.all([a.passDue(), b.passDue()]);
    expect(x.failed + y.failed).toBe(0);
    const got = await b.get({ accountId: ACC, applicationId: id });
    expect(
      got.success && got.data.application.history.filter((h) => h.status === 'passed'),
    ).toHaveLength(1);
    expect(got.success && got.data.application.agencyRef).toBe(agency.caseOf(id)?.caseRef);
  });

  it('SVC-1: a withdrawal racing the hand-over on another instance: exactly one of them wins, ten times over', async () => {
    for (let round = 0; round < 10; round++) {
      const [a, b] = [instance(), instance()];
      const id = await submitted(a);
      const [withdrawn] = await Promise.all([
        a.withdraw({ accountId: ACC, applicationId: id }),
        b.passDue(),
      ]);
      const got = await b.get({ accountId: ACC, applicationId: id });
      if (!got.success) throw new Error('missing');
      if (withdrawn.success) {
        expect(got.data.application.status).toBe('withdrawn');
        expect(agency.caseOf(id)).toBeUndefined();
      } else {
        expect(withdrawn.issues[0]?.code).toBe('application.not_withdrawable');
        expect(got.data.application.status).toBe('passed');
      }
    }
  });
});
