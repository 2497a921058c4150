// Measures applications (SVC-1) on the memory stores: a draft with one scan submitted (form
// validators, the file check, the confirmation number as a unique key, journal and notice), the
// hand-over tick over 1 000 due applications, 4 000 authority reports delivered shuffled with
// every one repeated (each application checked to end in its newest report's state), and a page
// of «Мои заявки» over 500 applications of one account.
import { createSeededRandom } from '@kabinet/core';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { makeJpeg } from '../../validators/test/file-fixtures.js';
import {
  createApplicationsService,
  createSimulatedAgency,
  defineApplicationsPolicy,
  type SimulatedCallback,
} from '../src/applications/index.js';
import { makeServicesKit } from '../test/kit.js';

const scan = makeJpeg({ jfif: { units: 1, x: 300, y: 300 } });
const fields = {
  arrivalDate: '10.01.2027',
  address: 'г. Москва, ул. Тверская, д. 7',
  migrationCard: '4012 3057841',
};

function setup() {
  const kit = makeServicesKit();
  const agency = createSimulatedAgency({
    clock: kit.clock,
    random: createSeededRandom(3),
    secret: 'agency-bench-secret-01',
  });
  const service = createApplicationsService(kit.deps, {
    agency,
    duties: async () => undefined,
    scanFile: async () => 'clean',
    policy: defineApplicationsPolicy({ passDelayMs: 0, maxPageSize: 1000 }),
  });
  return { kit, agency, service };
}

async function submitMany(
  t: ReturnType<typeof setup>,
  count: number,
  accounts = 97,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const accountId = `acc_${i % accounts}`;
    const draft = await t.service.createDraft({
      accountId,
      accountLevel: 'standard',
      serviceCode: 'arrival_notification',
      fields,
    });
    if (!draft.success) throw new Error('draft');
    const id = draft.data.application.id;
    if (
      !(
        await t.service.attach({
          accountId,
          applicationId: id,
          kind: 'passport_scan',
          file: { bytes: scan },
        })
      ).success
    )
      throw new Error('attach');
    if (
      !(await t.service.submit({ accountId, accountLevel: 'standard', applicationId: id })).success
    )
      throw new Error('submit');
    ids.push(id);
  }
  return ids;
}

const metrics: Metric[] = [];
const a = setup();
let started = performance.now();
const ids = await submitMany(a, 1_000);
metrics.push({
  name: 'application.submit',
  value: 1_000 / ((performance.now() - started) / 1000),
  unit: 'applications/s',
  better: 'higher',
  note: 'draft with 3 validated fields + one 300-dpi scan checked and stored + submit (number as a unique key, journal, notice)',
});

started = performance.now();
let passed = 0;
for (;;) {
  const r = await a.service.passDue({ limit: 250 });
  passed += r.passed;
  if (r.passed === 0) break;
}
if (passed !== 1_000) throw new Error(`passed ${passed}`);
metrics.push({
  name: 'tick.hand_over_1000',
  value: passed / ((performance.now() - started) / 1000),
  unit: 'applications/s',
  better: 'higher',
  note: 'listDue pages of 250; each: passed (versioned write, journal, notice), case opened with the gateway, case reference written',
});

const steps = [
  { status: 'under_review' },
  { status: 'info_required', items: [] },
  { status: 'under_review' },
  { status: 'approved' },
] as const;
const sent: SimulatedCallback[] = [];
for (const id of ids) {
  a.agency.script(id, steps);
  sent.push(...a.agency.drain(id));
}
const deliveries = [...sent, ...sent];
const random = createSeededRandom(9);
for (let i = deliveries.length - 1; i > 0; i--) {
  const j = random.int(i + 1);
  [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
}
started = performance.now();
for (const callback of deliveries)
  if (!(await a.service.handleAgencyCallback(callback)).success) throw new Error('callback');
const rate = deliveries.length / ((performance.now() - started) / 1000);
for (const id of ids) {
  const got = await a.service.get({
    accountId: (await a.kit.deps
      .versioned<{ id: string; ownerId: string }>('applications')
      .get(id))!.ownerId,
    applicationId: id,
  });
  if (!got.success || got.data.application.status !== 'approved')
    throw new Error(`${id} did not converge`);
}
metrics.push({
  name: 'agency.reports_shuffled',
  value: rate,
  unit: 'reports/s',
  better: 'higher',
  note: '4 000 signed reports, each delivered twice, shuffled: HMAC check, dedupe/stale/apply, approvals fetch and store the decision (1 000 certificates); all 1 000 end approved (checked)',
});

const b = setup();
await submitMany(b, 500, 1);
metrics.push({
  name: 'list.page_of_500',
  value: await opsPerSecond('list', () => b.service.list({ accountId: 'acc_0', limit: 20 })),
  unit: 'pages/s',
  better: 'higher',
  note: '«Мои заявки»: 20 newest of one account’s 500 by the owner index, each with its expected completion date',
});

writeReport(
  'applications',
  'Applications: submit, the hand-over tick, the authority’s reports in any order, «Мои заявки» (memory stores)',
  metrics,
);
