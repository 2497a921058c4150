// Measures support requests (SVC-3) on the memory stores: requests opened per second one after
// another (ticket number from the day's counter, the request, its queue entry, journal entry and
// notice), 50 opened at once (the counter's version races: every number unique, checked, and the
// conflicts counted), the escalation tick over 2 000 overdue requests, and an operator queue
// page of 20 over 2 000 open requests.
import { isConflict } from '@kabinet/core';
import type { StoreRecord, VersionedStore } from '@kabinet/ports';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { createSupportRequests } from '../src/support/index.js';
import { makeServicesKit } from '../test/kit.js';

const H = 3_600_000;

function setup() {
  const kit = makeServicesKit();
  let conflicts = 0;
  const versioned = <T extends StoreRecord>(collection: string): VersionedStore<T> => {
    const store = kit.deps.versioned<T>(collection);
    if (collection !== 'support_request_counters') return store;
    const counted = async <R>(write: () => Promise<R>): Promise<R> => {
      try {
        return await write();
      } catch (error) {
        if (isConflict(error)) conflicts++;
        throw error;
      }
    };
    return {
      ...store,
      create: (r, o) => counted(() => store.create(r, o)),
      update: (r, v, o) => counted(() => store.update(r, v, o)),
    };
  };
  const support = createSupportRequests(
    { ...kit.deps, versioned },
    { scanFile: async () => 'clean', policy: { numberRetries: 1000 } },
  );
  return { kit, support, conflicts: () => conflicts };
}

async function openMany(
  t: ReturnType<typeof setup>,
  count: number,
  concurrent: boolean,
): Promise<number> {
  const started = performance.now();
  const open = (i: number) =>
    t.support.create({ accountId: `acc_${i % 97}`, topic: 'access', text: `Не приходит код ${i}` });
  const results = concurrent
    ? await Promise.all(Array.from({ length: count }, (_, i) => open(i)))
    : [];
  if (!concurrent) for (let i = 0; i < count; i++) results.push(await open(i));
  const seconds = (performance.now() - started) / 1000;
  const numbers = results.map((r) => (r.success ? r.data.number : 'failed'));
  if (new Set(numbers).size !== count || numbers.includes('failed'))
    throw new Error('a ticket number repeated or a create failed');
  return count / seconds;
}

const metrics: Metric[] = [];
const serial = setup();
metrics.push({
  name: 'request.create',
  value: await openMany(serial, 2_000, false),
  unit: 'requests/s',
  better: 'higher',
  note: 'number + request + queue entry + journal + notice, one after another',
});
const racing = setup();
const racingRate = await openMany(racing, 50, true);
metrics.push({
  name: 'request.create_50_at_once',
  value: racingRate,
  unit: 'requests/s',
  better: 'higher',
  note: `50 concurrent creates; every number unique (checked); ${racing.conflicts()} counter conflicts retried`,
});

const overdue = setup();
await openMany(overdue, 2_000, false);
overdue.kit.clock.advance(48 * H);
let escalated = 0;
const started = performance.now();
for (;;) {
  const r = await overdue.support.escalateOverdue({ limit: 500 });
  if (!r.success) throw new Error('tick failed');
  escalated += r.data.escalated;
  if (!r.data.more && r.data.escalated === 0) break;
}
if (escalated !== 2_000) throw new Error(`escalated ${escalated}`);
metrics.push({
  name: 'tick.escalate_2000',
  value: escalated / ((performance.now() - started) / 1000),
  unit: 'requests/s',
  better: 'higher',
  note: 'listDue pages of 500; each escalation a versioned write + queue move + journal + notice',
});

metrics.push({
  name: 'queue.page_of_2000',
  value: await opsPerSecond('queue', () =>
    overdue.support.queue({ operatorId: 'op_1' }, { limit: 20 }),
  ),
  unit: 'pages/s',
  better: 'higher',
  note: 'escalated first, 20 summaries read by id from the queue index',
});

writeReport(
  'support-requests',
  'Support requests: ticket numbers, the escalation tick and the operator queue (memory stores)',
  metrics,
);
