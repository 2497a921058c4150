// Measures the notifications area on the memory stores: notices posted per second (the inbox row
// and two outbox deliveries in one unit), deliveries sent per second by one deliverer and by two
// racing over one store (each sent once: the claim is a version update), and a centre page of 20
// with the unread count of an account holding 500 notices.
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { makeNotificationsKit } from '../test/notifications-kit.js';

const POSTS = 5_000;

async function postMany(
  k: ReturnType<typeof makeNotificationsKit>,
  count: number,
): Promise<number> {
  for (let i = 0; i < 50; i++)
    k.contacts.set(`acc_${i}`, {
      phone: `+7916000${String(i).padStart(4, '0')}`,
      email: `acc${i}@example.com`,
    });
  const started = performance.now();
  for (let i = 0; i < count; i++)
    await k.post({
      accountId: `acc_${i % 50}`,
      kind: 'application',
      code: 'notice.generic',
      params: { n: i },
    });
  return count / ((performance.now() - started) / 1000);
}

async function deliverAll(
  k: ReturnType<typeof makeNotificationsKit>,
  instances: number,
): Promise<number> {
  const centres = Array.from({ length: instances }, (_, i) => (i === 0 ? k.centre : k.another()));
  const started = performance.now();
  for (;;) {
    const reports = await Promise.all(centres.map((c) => c.deliverDue({ limit: 500 })));
    if (reports.every((r) => r.success && r.data.claimed === 0)) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const keys = k.senders.sent.map((m) => m.idempotencyKey);
  if (new Set(keys).size !== keys.length || keys.length !== 2 * POSTS)
    throw new Error(`sent ${keys.length}, distinct ${new Set(keys).size}`);
  return keys.length / seconds;
}

const metrics: Metric[] = [];
const one = makeNotificationsKit();
const posted = await postMany(one, POSTS);
metrics.push({
  name: 'notice.post',
  value: posted,
  unit: 'notices/s',
  better: 'higher',
  note: 'one unit: the inbox row + 2 deliveries + journal entry',
});
metrics.push({
  name: 'delivery.one_deliverer',
  value: await deliverAll(one, 1),
  unit: 'deliveries/s',
  better: 'higher',
  note: `${2 * POSTS} deliveries, claim + send + settle each`,
});
const two = makeNotificationsKit();
await postMany(two, POSTS);
metrics.push({
  name: 'delivery.two_deliverers',
  value: await deliverAll(two, 2),
  unit: 'deliveries/s',
  better: 'higher',
  note: 'two centres racing over one store; every delivery sent exactly once (checked)',
});

const reader = makeNotificationsKit();
for (let i = 0; i < 500; i++)
  await reader.post({ accountId: 'acc_1', kind: 'support', code: 'notice.generic' });
metrics.push({
  name: 'centre.list_page_of_500',
  value: await opsPerSecond('list', () => reader.centre.list({ accountId: 'acc_1', limit: 20 })),
  unit: 'pages/s',
  better: 'higher',
  note: 'a page of 20 rendered in ru plus the unread count over all 500',
});

writeReport(
  'notifications',
  'Notifications: posting, delivery and the centre (memory stores)',
  metrics,
);
