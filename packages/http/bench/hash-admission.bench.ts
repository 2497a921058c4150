// Hash-admission benchmark (issue 13, finding 6): bursts of 50 parallel logins against a real
// server on loopback with the real password cost (scrypt N = 2^17, r = 8, p = 1 — 128 MiB per
// hash), while a steady stream of `GET /v1/registration/terms` measures what cheap requests
// feel, and the server's resident memory is sampled from /proc — all in the same run.
//
// Three servers, measured one after the other: createKabinet as it ships (admission control
// on: bounded concurrency and queue, 503 + Retry-After beyond), the same with one hash per CPU
// (the event loop keeps no core of its own — why the default leaves one), and the control with
// a limit no burst reaches (how the server behaved before). Each phase first measures the idle
// server (RSS and terms latency without logins), then the bursts.
//
// Linux only (reads /proc/<pid>/status). Bounded: KABINET_BENCH_WAVES bursts on the bounded
// server (default 3), one on the control; KABINET_BENCH_PROBE_MS between terms requests
// (default 20, open loop: a slow answer does not delay the next request).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import { startServer, type RunningServer } from './_lib/servers.js';

const WAVE = 50;
const waves = Number(process.env.KABINET_BENCH_WAVES ?? 3);
const probeMs = Number(process.env.KABINET_BENCH_PROBE_MS ?? 20);
const IDLE_MS = 3_000;
const MiB = 1024 * 1024;

interface Admission {
  readonly concurrency: number;
  readonly queue: number;
  readonly retryAfterSeconds: number;
  readonly scrypt: { readonly cost: number; readonly blockSize: number; readonly parallelization: number };
  readonly threadpool: number;
}

interface Phase {
  readonly admission: Admission;
  /** Resident memory of the idle server after one login (its dummy hash made), bytes. */
  readonly idleRss: number;
  /** The highest resident memory sampled during the bursts, bytes. */
  readonly peakRss: number;
  /** The kernel's high-water mark (VmHWM) at the end, bytes: catches a peak between samples. */
  readonly hwm: number;
  readonly idleTerms: Latency;
  readonly loadTerms: Latency;
  readonly logins: Latency;
  readonly statuses: Record<string, number>;
  readonly retryAfter: string[];
  readonly seconds: number;
}

interface Latency {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly failed: number;
}

/** VmRSS and VmHWM of a process in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

function latency(samples: readonly number[], failed = 0): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!);
  return { count: s.length, p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? Number.NaN, failed };
}

/** Open-loop probe: one `GET /v1/registration/terms` every `probeMs` until stopped. */
function probeTerms(origin: string): { stop(): Promise<Latency> } {
  const samples: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  const timer = setInterval(() => {
    const started = performance.now();
    const p = fetch(`${origin}/api/v1/registration/terms`)
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.status === 200) samples.push(performance.now() - started);
        else failed++;
      })
      .catch(() => {
        failed++;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, probeMs);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return latency(samples, failed);
    },
  };
}

let serial = 0;
/** One unknown login from its own address: the attacker's case, one full verification each (S-8). */
async function login(origin: string): Promise<{ status: number; ms: number; retryAfter: string | null }> {
  serial++;
  const started = performance.now();
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}` },
    body: JSON.stringify({ login: `+99891${String(1_000_000 + serial).slice(-7)}`, password: 'Wrong-password-1!' }),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started, retryAfter: res.headers.get('retry-after') };
}

async function measure(server: RunningServer, bursts: number): Promise<Phase> {
  const admission = (await (await fetch(`${server.origin}/bench/admission`)).json()) as Admission;
  // The first unknown login makes the dummy hash; then let the allocator settle.
  await login(server.origin);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const idleRss = memoryOf(server.pid).rss;
  const idleProbe = probeTerms(server.origin);
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idleTerms = await idleProbe.stop();

  let peakRss = memoryOf(server.pid).rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryOf(server.pid).rss);
  }, 25);
  const probe = probeTerms(server.origin);
  const statuses: Record<string, number> = {};
  const retryAfter = new Set<string>();
  const loginTimes: number[] = [];
  const started = performance.now();
  for (let wave = 0; wave < bursts; wave++) {
    for (const r of await Promise.all(Array.from({ length: WAVE }, () => login(server.origin)))) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 401) loginTimes.push(r.ms);
      if (r.retryAfter !== null) retryAfter.add(r.retryAfter);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const loadTerms = await probe.stop();
  clearInterval(sampler);
  const end = memoryOf(server.pid);
  return { admission, idleRss, peakRss: Math.max(peakRss, end.rss), hwm: end.hwm, idleTerms, loadTerms, logins: latency(loginTimes), statuses, retryAfter: [...retryAfter], seconds };
}

const loadBefore = loadavg()[0]!;
const serverFile = new URL('./_servers/admission-server.ts', import.meta.url);
let bounded: Phase;
let perCpu: Phase;
let control: Phase;
{
  console.log(`admission on (defaults): ${waves} bursts of ${WAVE} parallel logins…`);
  const server = await startServer(serverFile, { KABINET_BENCH_ADMISSION: 'default', KABINET_BENCH_CONCURRENCY: '' });
  try {
    bounded = await measure(server, waves);
  } finally {
    await server.stop();
  }
  console.log(`admission on, one hash per CPU: ${waves} bursts of ${WAVE} parallel logins…`);
  const wide = await startServer(serverFile, { KABINET_BENCH_ADMISSION: 'default', KABINET_BENCH_CONCURRENCY: String(cpus().length) });
  try {
    perCpu = await measure(wide, waves);
  } finally {
    await wide.stop();
  }
  console.log(`control (no effective limit): 1 burst of ${WAVE} parallel logins…`);
  const unbounded = await startServer(serverFile, { KABINET_BENCH_ADMISSION: 'unbounded' });
  try {
    control = await measure(unbounded, 1);
  } finally {
    await unbounded.stop();
  }
}

const loadAfter = loadavg()[0]!;
const a = bounded.admission;
const perHash = 128 * a.scrypt.cost * a.scrypt.blockSize;
const SLACK = 64 * MiB;
const bound = bounded.idleRss + a.concurrency * perHash + SLACK;
const peak = Math.max(bounded.peakRss, bounded.hwm);
const controlPeak = Math.max(control.peakRss, control.hwm);
const perCpuPeak = Math.max(perCpu.peakRss, perCpu.hwm);
const mib = (bytes: number) => bytes / MiB;
const CONTROL = 'control: no admission limit';
const PER_CPU = `admission, ${perCpu.admission.concurrency} at once (one per CPU)`;
const statusLine = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');

const metrics: Metric[] = [
  {
    name: 'peak RSS during the bursts',
    value: mib(peak),
    unit: 'MiB',
    better: 'lower',
    peers: { [PER_CPU]: mib(perCpuPeak), [CONTROL]: mib(controlPeak) },
    target: `≤ idle + concurrency × ${mib(perHash)} MiB + ${mib(SLACK)} MiB = ${mib(bound).toFixed(0)} MiB`,
    met: peak <= bound,
    note: `idle ${mib(bounded.idleRss).toFixed(0)} MiB (control idle ${mib(control.idleRss).toFixed(0)} MiB); max of 25 ms samples and the kernel's VmHWM`,
  },
  {
    name: 'peak RSS above idle',
    value: mib(peak - bounded.idleRss),
    unit: 'MiB',
    better: 'lower',
    peers: { [PER_CPU]: mib(perCpuPeak - perCpu.idleRss), [CONTROL]: mib(controlPeak - control.idleRss) },
  },
  {
    name: 'GET /v1/registration/terms p99 during the bursts',
    value: bounded.loadTerms.p99,
    unit: 'ms',
    better: 'lower',
    peers: { [PER_CPU]: perCpu.loadTerms.p99, [CONTROL]: control.loadTerms.p99 },
    target: '< 100 ms',
    met: bounded.loadTerms.p99 < 100 && bounded.loadTerms.failed === 0,
    note: `${bounded.loadTerms.count} requests, ${bounded.loadTerms.failed} failed, p50 ${bounded.loadTerms.p50.toFixed(1)} ms, max ${bounded.loadTerms.max.toFixed(0)} ms (see the table for the others)`,
  },
  {
    name: 'GET /v1/registration/terms p99 idle',
    value: bounded.idleTerms.p99,
    unit: 'ms',
    better: 'lower',
    peers: { [PER_CPU]: perCpu.idleTerms.p99, [CONTROL]: control.idleTerms.p99 },
    note: `the same probe for ${IDLE_MS / 1000} s before the bursts: what the machine gives without logins`,
  },
  {
    name: 'checked login p99 (401 answers)',
    value: bounded.logins.p99,
    unit: 'ms',
    better: 'lower',
    peers: { [PER_CPU]: perCpu.logins.p99, [CONTROL]: control.logins.p99 },
    note: `defaults: ${statusLine(bounded.statuses)}, Retry-After ${bounded.retryAfter.join('/') || '—'} s; one per CPU: ${statusLine(perCpu.statuses)}; control: ${statusLine(control.statuses)}`,
  },
];

const details = [
  '## What was measured',
  '',
  `One server process at a time on loopback (\`createKabinet\` on the in-memory adapters behind \`createKabinetHttp\` and \`@kabinet/express\`), with the real password cost: scrypt N = ${a.scrypt.cost}, r = ${a.scrypt.blockSize}, p = ${a.scrypt.parallelization}, i.e. ${mib(perHash)} MiB per hash. The machine has ${cpus().length} cores and may be shared with other work (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end); the client runs on it too. Latency targets are judged on what the machine gives: compare with the *idle* row.`,
  '',
  `- **Admission control (as shipped)**: \`policy.hashAdmission\` defaults on this machine — ${a.concurrency} hash${a.concurrency === 1 ? '' : 'es'} at once (default: the CPU count minus one, so the event loop keeps a core, at most libuv's thread pool of ${a.threadpool} minus one), ${a.queue} waiting, beyond that \`503 service_unavailable\` with \`Retry-After: ${a.retryAfterSeconds}\`. ${waves} bursts of ${WAVE} parallel logins, each burst sent when the previous one was fully answered (${bounded.seconds.toFixed(1)} s in all).`,
  `- **One hash per CPU**: the same with \`hashAdmission: { concurrency: ${perCpu.admission.concurrency} }\` (queue ${perCpu.admission.queue}): hashes can take every core, and the event loop competes with them for CPU — the reason the default leaves one core out. ${waves} bursts (${perCpu.seconds.toFixed(1)} s).`,
  `- **Control**: the same server with \`hashAdmission: { concurrency: 1024, queue: 0 }\` — no burst reaches the limit, so every login hashes; node:crypto runs scrypt on libuv's thread pool (${control.admission.threadpool} threads), which alone caps it at ${control.admission.threadpool} at once. One burst of ${WAVE} (${control.seconds.toFixed(1)} s).`,
  `- **Logins**: each an unknown login from its own address (\`X-Forwarded-For\`, \`trust proxy\` = loopback) — the attacker's case; an unknown login costs one full verification through the same admission as a wrong password (S-8), so per-account and per-IP limits do not cut the burst short.`,
  `- **Cheap requests**: \`GET /v1/registration/terms\` every ${probeMs} ms, open loop (a slow answer does not hold back the next request), from before the first burst to after the last; the *idle* row is the same probe for ${IDLE_MS / 1000} s with no logins.`,
  '- **Memory**: `VmRSS` of the server process from `/proc/<pid>/status` every 25 ms, and `VmHWM` (the kernel’s peak) at the end. *Idle* is after one login (the dummy hash exists) and a 1 s pause.',
  '',
  `**The documented bound**: resident memory stays under *idle + concurrency × 128·N·r bytes + 64 MiB* (here ${mib(bounded.idleRss).toFixed(0)} + ${a.concurrency} × ${mib(perHash)} + 64 = ${mib(bound).toFixed(0)} MiB): only admitted hashes hold scrypt's memory, and the queue holds requests, not hashes. Raise \`concurrency\` and the bound grows by ${mib(perHash)} MiB per slot at this cost.`,
  '',
  '| run | logins | answers | checked p50 ms | checked p99 ms | terms p50 ms | terms p99 ms | terms max ms | idle RSS MiB | peak RSS MiB |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...(
    [
      ['admission control (defaults)', bounded],
      ['one hash per CPU', perCpu],
      ['control (no limit)', control],
    ] as const
  ).map(
    ([name, p]) =>
      `| ${name} | ${Object.values(p.statuses).reduce((x, y) => x + y, 0)} | ${statusLine(p.statuses)} | ${p.logins.p50.toFixed(0)} | ${p.logins.p99.toFixed(0)} | ${p.loadTerms.p50.toFixed(1)} | ${p.loadTerms.p99.toFixed(1)} | ${p.loadTerms.max.toFixed(0)} | ${mib(p.idleRss).toFixed(0)} | ${mib(Math.max(p.peakRss, p.hwm)).toFixed(0)} |`,
  ),
].join('\n');

writeReport('hash-admission', 'Password-hash admission: 50 parallel logins, memory and cheap-request latency (loopback)', metrics, details);
