// Hash-admission benchmark (issue 13, finding 6): bursts of 50 parallel logins against a real
// server on loopback with the real password cost (scrypt N = 2^17, r = 8, p = 1 — 128 MiB per
// hash), while a steady stream of `GET /v1/registration/terms` measures what cheap requests
// feel, and the server's resident memory is sampled from /proc — all in the same run.
//
// Three servers: createKabinet as it ships (admission control on: bounded concurrency and
// queue, 503 + Retry-After beyond), the same with one hash per CPU (the event loop keeps no
// core of its own — why the default leaves one), and the control with a limit no burst reaches
// (how the server behaved before). The two admitted servers take turns, round after round
// (the probe alone for 2 s, then a burst inside a 12 s window), so load from elsewhere on a
// shared machine falls on both alike; the control gets one burst at the end (it takes long).
//
// Linux only (reads /proc/<pid>/status). Bounded: KABINET_BENCH_ROUNDS rounds (default 4);
// KABINET_BENCH_PROBE_MS between terms requests (default 20, open loop: a slow answer does not
// delay the next request).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import { startServer, type RunningServer } from './_lib/servers.js';

const WAVE = 50;
const rounds = Number(process.env.KABINET_BENCH_ROUNDS ?? 4);
const probeMs = Number(process.env.KABINET_BENCH_PROBE_MS ?? 20);
const IDLE_MS = 2_000;
const WINDOW_MS = 12_000;
const MiB = 1024 * 1024;

interface Admission {
  readonly concurrency: number;
  readonly queue: number;
  readonly retryAfterSeconds: number;
  readonly scrypt: {
    readonly cost: number;
    readonly blockSize: number;
    readonly parallelization: number;
  };
  readonly threadpool: number;
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
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

function latency(samples: readonly number[], failed = 0): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    s.length === 0
      ? Number.NaN
      : s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { count: s.length, p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? Number.NaN, failed };
}

/** Open-loop probe: one `GET /v1/registration/terms` every `probeMs` until stopped; the latencies of the 200 answers. */
function probeTerms(origin: string): { stop(): Promise<{ samples: number[]; failed: number }> } {
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
      return { samples, failed };
    },
  };
}

let serial = 0;
/** One unknown login from its own address: the attacker's case, one full verification each (S-8). */
async function login(
  origin: string,
): Promise<{ status: number; ms: number; retryAfter: string | null }> {
  serial++;
  const started = performance.now();
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`,
    },
    body: JSON.stringify({
      login: `+99891${String(1_000_000 + serial).slice(-7)}`,
      password: 'Wrong-password-1!',
    }),
  });
  await res.arrayBuffer();
  return {
    status: res.status,
    ms: performance.now() - started,
    retryAfter: res.headers.get('retry-after'),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One server under test and everything measured on it, round after round. */
interface Side {
  readonly server: RunningServer;
  readonly admission: Admission;
  readonly idleRss: number;
  peakRss: number;
  readonly idle: number[];
  readonly load: number[];
  failed: number;
  readonly logins: number[];
  readonly statuses: Record<string, number>;
  readonly retryAfter: Set<string>;
  seconds: number;
}

async function prepare(server: RunningServer): Promise<Side> {
  const admission = (await (await fetch(`${server.origin}/bench/admission`)).json()) as Admission;
  // The first unknown login makes the dummy hash; then let the allocator settle.
  await login(server.origin);
  await sleep(1_000);
  const idleRss = memoryOf(server.pid).rss;
  return {
    server,
    admission,
    idleRss,
    peakRss: idleRss,
    idle: [],
    load: [],
    failed: 0,
    logins: [],
    statuses: {},
    retryAfter: new Set(),
    seconds: 0,
  };
}

/** The terms probe alone for `ms`: what the machine gives this server without logins. */
async function idleRound(side: Side, ms: number): Promise<void> {
  const probe = probeTerms(side.server.origin);
  await sleep(ms);
  const { samples, failed } = await probe.stop();
  side.idle.push(...samples);
  side.failed += failed;
}

/** One burst of 50 parallel logins with the probe and the RSS sampler running, for at least `windowMs`. */
async function burstRound(side: Side, windowMs: number): Promise<void> {
  const { server } = side;
  const sampler = setInterval(() => {
    side.peakRss = Math.max(side.peakRss, memoryOf(server.pid).rss);
  }, 25);
  const probe = probeTerms(server.origin);
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: WAVE }, () => login(server.origin)));
  side.seconds += (performance.now() - started) / 1000;
  for (const r of answers) {
    side.statuses[r.status] = (side.statuses[r.status] ?? 0) + 1;
    if (r.status === 401) side.logins.push(r.ms);
    if (r.retryAfter !== null) side.retryAfter.add(r.retryAfter);
  }
  // Every round probes as long, so a quick burst does not weigh more in the percentiles.
  await sleep(Math.max(0, windowMs - (performance.now() - started)));
  const { samples, failed } = await probe.stop();
  clearInterval(sampler);
  side.load.push(...samples);
  side.failed += failed;
  side.peakRss = Math.max(side.peakRss, memoryOf(server.pid).rss);
}

interface Phase {
  readonly admission: Admission;
  readonly idleRss: number;
  readonly peakRss: number;
  readonly hwm: number;
  readonly idleTerms: Latency;
  readonly loadTerms: Latency;
  readonly logins: Latency;
  readonly statuses: Record<string, number>;
  readonly retryAfter: string[];
  readonly seconds: number;
}

function phaseOf(side: Side): Phase {
  const { hwm } = memoryOf(side.server.pid);
  return {
    admission: side.admission,
    idleRss: side.idleRss,
    peakRss: side.peakRss,
    hwm,
    idleTerms: latency(side.idle),
    loadTerms: latency(side.load, side.failed),
    logins: latency(side.logins),
    statuses: side.statuses,
    retryAfter: [...side.retryAfter],
    seconds: side.seconds,
  };
}

const loadBefore = loadavg()[0]!;
const serverFile = new URL('./_servers/admission-server.ts', import.meta.url);
const servers = await Promise.all([
  startServer(serverFile, { KABINET_BENCH_ADMISSION: 'default', KABINET_BENCH_CONCURRENCY: '' }),
  startServer(serverFile, {
    KABINET_BENCH_ADMISSION: 'default',
    KABINET_BENCH_CONCURRENCY: String(cpus().length),
  }),
  startServer(serverFile, { KABINET_BENCH_ADMISSION: 'unbounded', KABINET_BENCH_CONCURRENCY: '' }),
]);
let bounded: Phase;
let perCpu: Phase;
let control: Phase;
try {
  const [defaults, wide, unbounded] = [
    await prepare(servers[0]),
    await prepare(servers[1]),
    await prepare(servers[2]),
  ];
  // Rounds alternate between the two admitted servers, so load from elsewhere on a shared
  // machine falls on both alike; the idle servers wait without work.
  for (let round = 0; round < rounds; round++) {
    console.log(
      `round ${round + 1} of ${rounds}: a burst of ${WAVE} parallel logins on each admitted server…`,
    );
    for (const side of round % 2 === 0 ? [defaults, wide] : [wide, defaults]) {
      await idleRound(side, IDLE_MS);
      await burstRound(side, WINDOW_MS);
    }
  }
  console.log(`control (no effective limit): one burst of ${WAVE} parallel logins…`);
  await idleRound(unbounded, IDLE_MS * 2);
  await burstRound(unbounded, WINDOW_MS);
  [bounded, perCpu, control] = [phaseOf(defaults), phaseOf(wide), phaseOf(unbounded)];
} finally {
  await Promise.all(servers.map((server) => server.stop()));
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
    peers: {
      [PER_CPU]: mib(perCpuPeak - perCpu.idleRss),
      [CONTROL]: mib(controlPeak - control.idleRss),
    },
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
  `Three server processes on loopback, one under load at a time (\`createKabinet\` on the in-memory adapters behind \`createKabinetHttp\` and \`@kabinet/express\`), with the real password cost: scrypt N = ${a.scrypt.cost}, r = ${a.scrypt.blockSize}, p = ${a.scrypt.parallelization}, i.e. ${mib(perHash)} MiB per hash. The machine has ${cpus().length} cores and may be shared with other work (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end); the client runs on it too. Latency targets are judged on what the machine gives: compare with the *idle* row.`,
  '',
  `- **Admission control (as shipped)**: \`policy.hashAdmission\` defaults on this machine — ${a.concurrency} hash${a.concurrency === 1 ? '' : 'es'} at once (default: the CPU count minus one, so the event loop keeps a core, at most libuv's thread pool of ${a.threadpool} minus one), ${a.queue} waiting, beyond that \`503 service_unavailable\` with \`Retry-After: ${a.retryAfterSeconds}\`. ${rounds} bursts of ${WAVE} parallel logins, one per round (${bounded.seconds.toFixed(1)} s until all were answered, in all).`,
  `- **One hash per CPU**: the same with \`hashAdmission: { concurrency: ${perCpu.admission.concurrency} }\` (queue ${perCpu.admission.queue}): hashes can take every core, and the event loop competes with them for CPU — the reason the default leaves one core out. ${rounds} bursts, in turns with the defaults (${perCpu.seconds.toFixed(1)} s).`,
  `- **Control**: the same server with \`hashAdmission: { concurrency: 1024, queue: 0 }\` — no burst reaches the limit, so every login hashes; node:crypto runs scrypt on libuv's thread pool (${control.admission.threadpool} threads), which alone caps it at ${control.admission.threadpool} at once. One burst of ${WAVE} (${control.seconds.toFixed(1)} s).`,
  `- **Logins**: each an unknown login from its own address (\`X-Forwarded-For\`, \`trust proxy\` = loopback) — the attacker's case; an unknown login costs one full verification through the same admission as a wrong password (S-8), so per-account and per-IP limits do not cut the burst short.`,
  `- **Cheap requests**: \`GET /v1/registration/terms\` every ${probeMs} ms, open loop (a slow answer does not hold back the next request), from the moment a burst is sent until it is fully answered and at least ${WINDOW_MS / 1000} s have passed (so a quick burst does not weigh more), over all rounds; the *idle* row is the same probe for ${IDLE_MS / 1000} s before each burst, with no logins.`,
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

writeReport(
  'hash-admission',
  'Password-hash admission: 50 parallel logins, memory and cheap-request latency (loopback)',
  metrics,
  details,
);
