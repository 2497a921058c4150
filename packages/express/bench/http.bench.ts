// HTTP benchmark: Kabinet's API (createKabinetHttp on @kabinet/express, in-memory adapters)
// against better-auth 1.7.25 (e-mail + password, two-factor plugin, memory adapter, Express),
// both on loopback in child processes started and stopped here, driven by autocannon with the
// same connections. Both hash passwords with node:crypto scrypt at N = 16384, r = 16, p = 1; the
// bare hash rate at that cost is measured in the same run to compute Kabinet's overhead beyond
// the hash.
//
// The machine may be shared, so the timed phases are interleaved in short rounds (bare hash,
// Kabinet, better-auth, again and again): a load spike from elsewhere hits all three alike.
//
// Bounded: KABINET_BENCH_SECONDS per side and phase (default 15, in rounds of 3 s),
// KABINET_BENCH_CODE_CHECKS prepared logins per side (default 400), 8 connections.
import { cpus } from 'node:os';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import { BENCH_SCRYPT } from './_lib/bench-scrypt.js';
import { mergeRounds, type BenchSide, type LoadResult } from './_lib/load.js';
import { scryptRate } from './_lib/scrypt-rate.js';
import { startServer } from './_lib/servers.js';
import { betterAuthSide } from './_flows/better-auth-flows.js';
import { kabinetSide, LOGIN_ACCOUNTS } from './_flows/kabinet-flows.js';

const seconds = Number(process.env.KABINET_BENCH_SECONDS ?? 15);
const codeChecks = Number(process.env.KABINET_BENCH_CODE_CHECKS ?? 400);
const connections = 8;
const ROUND = 3;
const rounds = Math.max(1, Math.round(seconds / ROUND));
const cost = {
  N: BENCH_SCRYPT.cost,
  r: BENCH_SCRYPT.blockSize,
  p: BENCH_SCRYPT.parallelization,
  keyLength: BENCH_SCRYPT.keyLength,
};

interface Results {
  registration: LoadResult;
  login: LoadResult;
  codeCheck: LoadResult;
}

const kabinetServer = await startServer(new URL('./_servers/kabinet-server.ts', import.meta.url));
const peerServer = await startServer(new URL('./_servers/better-auth-server.ts', import.meta.url));
const kabinet: BenchSide = kabinetSide(kabinetServer.origin, connections);
const peer: BenchSide = betterAuthSide(peerServer.origin, connections);
const ours: Partial<Results> = {};
const theirs: Partial<Results> = {};
const hashRounds: number[] = [];
let prepared = { kabinet: 0, peer: 0 };
try {
  console.log(`registration: ${rounds} rounds of ${ROUND} s per side…`);
  const reg = { kabinet: [] as LoadResult[], peer: [] as LoadResult[] };
  for (let i = 0; i < rounds; i++) {
    reg.kabinet.push(await kabinet.register(ROUND));
    reg.peer.push(await peer.register(ROUND));
  }
  ours.registration = mergeRounds(reg.kabinet);
  theirs.registration = mergeRounds(reg.peer);

  console.log('preparing accounts…');
  await peer.ensureAccounts(LOGIN_ACCOUNTS + codeChecks);
  await kabinet.ensureAccounts(LOGIN_ACCOUNTS + codeChecks);
  await peer.prepareLogin();
  await kabinet.prepareLogin();

  console.log(`login: ${rounds} rounds of bare hash, Kabinet, better-auth…`);
  const login = { kabinet: [] as LoadResult[], peer: [] as LoadResult[] };
  for (let i = 0; i < rounds; i++) {
    hashRounds.push(await scryptRate(cost, connections, ROUND * 1000));
    login.kabinet.push(await kabinet.login(ROUND));
    login.peer.push(await peer.login(ROUND));
  }
  ours.login = mergeRounds(login.kabinet);
  theirs.login = mergeRounds(login.peer);

  console.log('code checks…');
  prepared = {
    kabinet: await kabinet.prepareCodeChecks(codeChecks),
    peer: await peer.prepareCodeChecks(codeChecks),
  };
  ours.codeCheck = await kabinet.codeCheck();
  theirs.codeCheck = await peer.codeCheck();
} finally {
  await kabinetServer.stop();
  await peerServer.stop();
}
const k = ours as Results;
const b = theirs as Results;

// Single-request phases count successful answers only (a refused request did less work).
const okRate = (r: LoadResult) => r.flowsPerSecond;
const hashRate = hashRounds.reduce((a, x) => a + x, 0) / hashRounds.length;
const overhead = hashRate / okRate(k.login) - 1;
const peerOverhead = hashRate / okRate(b.login) - 1;
const flows: [string, keyof Results][] = [
  ['code check', 'codeCheck'],
  ['login', 'login'],
  ['registration', 'registration'],
];
const metrics: Metric[] = [];
for (const [label, key] of flows) {
  const rate = key === 'registration' ? (r: LoadResult) => r.requestsPerSecond : okRate;
  metrics.push({
    name: `${label} (${key === 'registration' ? 'req/s' : 'successful req/s'})`,
    value: rate(k[key]),
    unit: 'req/s',
    better: 'higher',
    peers: { 'better-auth 1.7.25': rate(b[key]) },
    ...(key === 'login' ? { target: "≥ better-auth's", met: rate(k[key]) >= rate(b[key]) } : {}),
    note: `${k[key].requests} requests, ${k[key].non2xx} non-2xx, ${k[key].errors} errors (peer: ${b[key].requests}, ${b[key].non2xx}, ${b[key].errors})`,
  });
  metrics.push({
    name: `${label} p99`,
    value: k[key].p99,
    unit: 'ms',
    better: 'lower',
    peers: { 'better-auth 1.7.25': b[key].p99 },
  });
}
metrics.push({
  name: 'registration (complete flows/s)',
  value: k.registration.flowsPerSecond,
  unit: 'flows/s',
  better: 'higher',
  peers: { 'better-auth 1.7.25': b.registration.flowsPerSecond },
  note: 'Kabinet: 16 requests per flow (incl. 2 reads of the dev outbox); better-auth: 3 (sign-up, enable TOTP, verify TOTP)',
});
metrics.push({
  name: 'bare scrypt hash',
  value: hashRate,
  unit: 'hashes/s',
  better: 'higher',
  note: `N=${cost.N}, r=${cost.r}, p=${cost.p}, 64-byte key, ${connections} in flight, interleaved with the login rounds (${hashRounds.map((r) => r.toFixed(1)).join(', ')})`,
});
metrics.push({
  name: 'login overhead beyond the hash',
  value: overhead * 100,
  unit: '%',
  better: 'lower',
  peers: { 'better-auth 1.7.25': peerOverhead * 100 },
  target: '≤ 20%',
  met: overhead <= 0.2,
  note: 'bare hash rate / successful login rate − 1 (one scrypt verification per login; the HTTP stack and the load generator share the 2 cores)',
});

const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.requests} | ${r.requestsPerSecond.toFixed(1)} | ${r.flowsPerSecond.toFixed(2)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.non2xx} | ${r.errors} | ${r.seconds.toFixed(1)} |`;
const details = [
  '## What was measured',
  '',
  `Both servers ran on loopback in child processes started by the benchmark; autocannon 9.0.0 drove them from the parent with ${connections} connections. The machine has ${cpus().length} cores; servers and client share them, and it may be shared with other work, so the timed phases alternate in rounds of ${ROUND} s (registration: Kabinet, better-auth; login: bare hash, Kabinet, better-auth) ×${rounds}. Rates are totals over the summed time; p50 is the request-weighted mean of the rounds' p50, p99 the worst round's.`,
  '',
  '- **Kabinet**: `createKabinet` on the in-memory adapters with its defaults on — lockout counters, send limits, the hash-chained journal, encrypted personal data — behind `createKabinetHttp` and `createKabinetRouter` (Express 5). Each simulated client comes from its own address (`X-Forwarded-For` with `trust proxy` = loopback), so per-IP limits apply as in production.',
  '- **better-auth 1.7.25**: e-mail + password with the two-factor plugin (TOTP and OTP), memory adapter, `toNodeHandler` on Express 5, rate limiting off (its default outside `NODE_ENV=production`), no lockout.',
  '- **Same cost**: both hash with node:crypto scrypt, N = 16384, r = 16, p = 1, 64-byte key (better-auth’s parameters on Node; Kabinet configured to them). The bare hash rate is the same scrypt with the same number in flight and no HTTP at all — an upper bound no server on this machine can reach.',
  '- **Flows**: *registration* — Kabinet: draft, personal data, passport with a scan (multipart, checked by its bytes), migration card, contacts, phone and e-mail codes (each read from the dev outbox), password, terms, account; better-auth: sign-up, enable TOTP, verify TOTP. *login* — the password step of an account with an authenticator app (Kabinet: `second_factor_required`; better-auth: `twoFactorRedirect`). *code check* — a login waiting for its second factor is completed with the one-time code that was sent (Kabinet: SMS code; better-auth: `verify-otp`), opening a session; each of the prepared logins once.',
  `- Login cycles through ${LOGIN_ACCOUNTS} accounts per side: Kabinet checks one password of an account at a time (S-9) and answers a concurrent attempt on the same account with 429 \`auth.retry_later\`, so hammering one account from ${connections} connections would measure that refusal instead of logins.`,
  '',
  '| run | requests | req/s | flows/s | p50 ms | p99 ms | non-2xx | errors | s |',
  '|---|---|---|---|---|---|---|---|---|',
  row('Kabinet registration', k.registration),
  row('better-auth registration', b.registration),
  row('Kabinet login', k.login),
  row('better-auth login', b.login),
  row(`Kabinet code check (${prepared.kabinet} prepared)`, k.codeCheck),
  row(`better-auth code check (${prepared.peer} prepared)`, b.codeCheck),
  '',
  '*flows/s* counts sequences whose last answer was a success.',
].join('\n');

writeReport(
  'http',
  'HTTP API: Kabinet vs better-auth on Express (loopback, autocannon)',
  metrics,
  details,
);
