// Speed and memory of @kabinet/lockout and @kabinet/otp (report `otp-lockout`): the pure lockout
// decision, one-time-code verification (HMAC + constant-time compare) beside a raw
// node:crypto HMAC measured in the same run, and the memory a tracked identifier costs in the
// in-memory counter store when it goes through the lockout service (1,000,000 identifiers, each
// with one wrong password). Run with `pnpm bench lockout` (the runner passes --expose-gc).
import { createHmac, randomBytes } from 'node:crypto';
import { createMemoryCounterStore } from '@kabinet/memory';
// The stored-MAC check itself, internal to @kabinet/otp: measured from its source.
import { computeCodeMac } from '../../otp/src/_lib/compute-code-mac.js';
import { verifyCodeMac } from '../../otp/src/_lib/verify-code-mac.js';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { decideCodeAttempt } from '../src/decide/decide-code-attempt.js';
import {
  decidePasswordAttempt,
  type PasswordAttemptState,
} from '../src/decide/decide-password-attempt.js';
import { defaultLockoutPolicy } from '../src/policy/lockout-policy.js';
import { createLockoutService } from '../src/service/create-lockout-service.js';
import { createFakeClock } from '@kabinet/core/testing';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc (pnpm bench lockout does)');
const metrics: Metric[] = [];
const now = Date.UTC(2026, 0, 1, 12);

// 1. The pure decision, over a rotating set of states so every branch is taken.
const states: PasswordAttemptState[] = Array.from({ length: 1024 }, (_, i) => ({
  ipFailuresToday: (i * 7) % 120,
  holders: i % 17 === 0 ? 2 : 1,
  nextAllowedAt: i % 5 === 0 ? now + 30_000 : 0,
  lockedUntil: i % 13 === 0 ? Number.MAX_SAFE_INTEGER : 0,
  accountFailures: (i * 3) % 12,
}));
let sink = 0;
let i = 0;
const decide = await opsPerSecond('lockout.decidePasswordAttempt', () => {
  const d = decidePasswordAttempt(states[i++ & 1023]!, now, defaultLockoutPolicy);
  if (d.kind === 'allowed') sink++;
});
metrics.push({
  name: 'lockout.decidePasswordAttempt',
  value: decide,
  unit: 'ops/s',
  better: 'higher',
  target: '>= 5,000,000 ops/s',
  met: decide >= 5_000_000,
});
const codeDecide = await opsPerSecond('lockout.decideCodeAttempt', () => {
  const s = states[i++ & 1023]!;
  const d = decideCodeAttempt(
    {
      ipFailuresToday: s.ipFailuresToday,
      holders: s.holders,
      nextAllowedAt: s.nextAllowedAt,
      failuresToday: s.accountFailures,
    },
    now,
    defaultLockoutPolicy,
  );
  if (d.allowed) sink++;
});
metrics.push({
  name: 'lockout.decideCodeAttempt',
  value: codeDecide,
  unit: 'ops/s',
  better: 'higher',
  target: '>= 5,000,000 ops/s',
  met: codeDecide >= 5_000_000,
});

// 2. Code verification: HMAC-SHA-256 under the pepper + constant-time compare, against a raw
// createHmac of the same bytes (no encoding, no compare) in the same run.
const key = new Uint8Array(randomBytes(32));
const challengeId = 'otp_01jd4s9x3kq8w2e5r7t9y1u3i5';
const sessionId = 'ses_01jd4s9x3kq8w2e5r7t9y1u3i6';
const mac = computeCodeMac({ key, challengeId, sessionId, code: '042917' });
const typed = Array.from({ length: 1024 }, (_, n) =>
  String((42917 + n * 7919) % 1_000_000).padStart(6, '0'),
);
const verify = await opsPerSecond('otp.verifyCodeMac', () => {
  if (verifyCodeMac({ key, challengeId, sessionId, code: typed[i++ & 1023]!, mac })) sink++;
});
const rawMessage = `kabinet.otp.code.v1\u000029:${challengeId}\u000029:${sessionId}\u00006:`;
const raw = await opsPerSecond('node:crypto createHmac', () => {
  sink += createHmac('sha256', key)
    .update(rawMessage)
    .update(typed[i++ & 1023]!)
    .digest()[0]!;
});
metrics.push({
  name: 'otp.verifyCodeMac',
  value: verify,
  unit: 'ops/s',
  better: 'higher',
  peers: { 'node:crypto createHmac + digest (raw, no compare)': raw },
  target: '>= 200,000 ops/s',
  met: verify >= 200_000,
});

// 3. Memory per tracked identifier: 1,000,000 accounts, each with one wrong password from one of
// 16,384 IPs (about 61 failures each, under the per-IP cap), through the lockout service into the in-memory counter store.
const N = 1_000_000;
function usedBytes(): number {
  gc!();
  gc!();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
const clock = createFakeClock(now);
const counters = createMemoryCounterStore({ clock, initialCapacity: 1024 });
const lockout = createLockoutService({ counters, clock });
const wrong = (): Promise<boolean> => Promise.resolve(false);
const before = usedBytes();
const started = process.hrtime.bigint();
for (let n = 0; n < N; n++) {
  const r = await lockout.attemptPassword(
    {
      account: `user${String(n).padStart(7, '0')}@example.org`,
      ip: `10.0.${(n & 16383) >> 8}.${n & 255}`,
    },
    wrong,
  );
  if (r.outcome.kind !== 'wrong_password') throw new Error(`unexpected ${r.outcome.kind} at ${n}`);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const after = usedBytes();
const perIdentifier = (after - before) / N;
const counterCount = counters.size;
metrics.push({
  name: 'lockout.memoryPerIdentifier',
  value: perIdentifier,
  unit: 'bytes',
  better: 'lower',
  note: `${N.toLocaleString('en-US')} accounts with one wrong password each (${counterCount.toLocaleString('en-US')} live counters: per account a pair-failure and an account counter, plus 16,384 per-IP daily counters), keys included`,
});
metrics.push({
  name: 'lockout.attemptPassword (memory store)',
  value: N / seconds,
  unit: 'ops/s',
  better: 'higher',
  note: 'the full guarded attempt: reservations, decision, check, settle (one process, in-memory counters)',
});
if (sink === -1) console.log(sink);

writeReport(
  'otp-lockout',
  'One-time codes and lockout: decisions, code verification, memory per identifier',
  metrics,
  [
    '`lockout.decidePasswordAttempt` and `lockout.decideCodeAttempt` are the pure decisions over counter state (no I/O).',
    '`otp.verifyCodeMac` recomputes HMAC-SHA-256 under the pepper over the length-prefixed challenge id, session id and code and compares it with the stored MAC in constant time; the peer is one bare `createHmac(...).update().digest()` of the same bytes.',
    '`lockout.memoryPerIdentifier` is heap + ArrayBuffer growth after full GCs, divided by the number of accounts.',
  ].join('\n\n'),
);
