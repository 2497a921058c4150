// HTTP benchmark: Kabinet's API (createKabinetHttp on @kabinet/express, in-memory adapters)
// against better-auth 1.7.25 (e-mail + password, two-factor plugin, memory adapter, Express),
// both on loopback, started and stopped here, driven by autocannon with the same connections.
// Both hash passwords with node:crypto scrypt at N = 16384, r = 16, p = 1; the bare hash rate at
// that cost is measured in the same run to compute Kabinet's overhead beyond the hash.
//
// Bounded: KABINET_BENCH_SECONDS per phase (default 15), KABINET_BENCH_CODE_CHECKS pending logins
// per code-check phase (default 200), 8 connections.
import { cpus } from 'node:os';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import { BENCH_SCRYPT } from './_lib/bench-scrypt.js';
import type { LoadResult } from './_lib/load.js';
import { scryptRate } from './_lib/scrypt-rate.js';
import { startServer } from './_lib/servers.js';
import { measureBetterAuth, type FlowResults } from './_flows/better-auth-flows.js';
import { measureKabinet } from './_flows/kabinet-flows.js';

const seconds = Number(process.env.KABINET_BENCH_SECONDS ?? 15);
const codeChecks = Number(process.env.KABINET_BENCH_CODE_CHECKS ?? 200);
const connections = 8;
const cost = { N: BENCH_SCRYPT.cost, r: BENCH_SCRYPT.blockSize, p: BENCH_SCRYPT.parallelization, keyLength: BENCH_SCRYPT.keyLength };

console.log(`bare scrypt (N=${cost.N}, r=${cost.r}, p=${cost.p}) with ${connections} in flight…`);
const hashRate = await scryptRate(cost, connections, seconds * 1000);

console.log('Kabinet…');
const kabinetServer = await startServer(new URL('./_servers/kabinet-server.ts', import.meta.url));
let kabinet: FlowResults & { registered: number };
try {
  kabinet = await measureKabinet(kabinetServer.origin, { connections, seconds, codeChecks, cooldownMs: 61_000 });
} finally {
  await kabinetServer.stop();
}

console.log('better-auth…');
const peerServer = await startServer(new URL('./_servers/better-auth-server.ts', import.meta.url));
let peer: FlowResults;
try {
  peer = await measureBetterAuth(peerServer.origin, { connections, seconds, codeChecks });
} finally {
  await peerServer.stop();
}

// Single-request phases count successful answers only (a refused request did less work).
const okRate = (r: LoadResult) => r.flowsPerSecond;
const overhead = hashRate / okRate(kabinet.login) - 1;
const flows: [string, keyof FlowResults, string][] = [
  ['code check', 'codeCheck', 'a one-time code sent at login completes it and opens a session'],
  ['login', 'login', 'the password step of an account with an authenticator app'],
  ['registration', 'registration', 'every request of a full registration'],
];
const metrics: Metric[] = [];
for (const [label, key] of flows) {
  const ours: LoadResult = kabinet[key];
  const theirs: LoadResult = peer[key];
  const rate = key === 'registration' ? (r: LoadResult) => r.requestsPerSecond : okRate;
  metrics.push({
    name: `${label} (${key === 'registration' ? 'req/s' : 'successful req/s'})`,
    value: rate(ours),
    unit: 'req/s',
    better: 'higher',
    peers: { 'better-auth 1.7.25': rate(theirs) },
    ...(key === 'login' ? { target: "≥ better-auth's", met: rate(ours) >= rate(theirs) } : {}),
    note: `${ours.requests} requests, ${ours.non2xx} non-2xx, ${ours.errors} errors (peer: ${theirs.requests}, ${theirs.non2xx}, ${theirs.errors})`,
  });
  metrics.push({ name: `${label} p99`, value: ours.p99, unit: 'ms', better: 'lower', peers: { 'better-auth 1.7.25': theirs.p99 } });
}
metrics.push({
  name: 'registration (complete flows/s)',
  value: kabinet.registration.flowsPerSecond,
  unit: 'flows/s',
  better: 'higher',
  peers: { 'better-auth 1.7.25': peer.registration.flowsPerSecond },
  note: 'Kabinet: 16 requests per flow (incl. 2 reads of the dev outbox); better-auth: 3 (sign-up, enable TOTP, verify TOTP)',
});
metrics.push({ name: 'bare scrypt hash', value: hashRate, unit: 'hashes/s', better: 'higher', note: `N=${cost.N}, r=${cost.r}, p=${cost.p}, 64-byte key, ${connections} in flight` });
metrics.push({
  name: 'login overhead beyond the hash',
  value: overhead * 100,
  unit: '%',
  better: 'lower',
  target: '≤ 20%',
  met: overhead <= 0.2,
  note: 'bare hash rate / Kabinet successful login rate − 1 (one scrypt verification per login)',
});

const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.requests} | ${r.requestsPerSecond.toFixed(1)} | ${r.flowsPerSecond.toFixed(2)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.non2xx} | ${r.errors} | ${r.seconds.toFixed(1)} |`;
const details = [
  '## What was measured',
  '',
  `Both servers ran on loopback in child processes started by the benchmark; autocannon 9.0.0 drove them from the parent with ${connections} connections, ${seconds} s per phase (code checks: one request per prepared login). The machine has ${cpus().length} cores; servers and client share them.`,
  '',
  '- **Kabinet**: `createKabinet` on the in-memory adapters with its defaults on — lockout counters, send limits, the hash-chained journal, encrypted personal data — behind `createKabinetHttp` and `createKabinetRouter` (Express 5). Each simulated client comes from its own address (`X-Forwarded-For` with `trust proxy` = loopback), so per-IP limits apply as in production.',
  '- **better-auth 1.7.25**: e-mail + password with the two-factor plugin (TOTP and OTP), memory adapter, `toNodeHandler` on Express 5, rate limiting off (its default outside `NODE_ENV=production`), no lockout.',
  '- **Same cost**: both hash with node:crypto scrypt, N = 16384, r = 16, p = 1, 64-byte key (better-auth’s parameters on Node; Kabinet configured to them).',
  '- **Flows**: *registration* — Kabinet: draft, personal data, passport with a scan (multipart, checked by its bytes), migration card, contacts, phone and e-mail codes (each read from the dev outbox), password, terms, account; better-auth: sign-up, enable TOTP, verify TOTP. *login* — the password step of an account with an authenticator app (Kabinet: `second_factor_required`; better-auth: `twoFactorRedirect`). *code check* — a login waiting for its second factor is completed with the one-time code that was sent (Kabinet: SMS code; better-auth: `verify-otp`), opening a session.',
  '',
  'Login cycles through 32 accounts per side with 8 connections: Kabinet checks one password of an account at a time (S-9) and answers a second, concurrent attempt on the same account with 429 `auth.retry_later`, so hammering one account from 8 connections would measure that refusal instead of logins. *flows/s* counts sequences whose last answer was a success.',
  '',
  '| run | requests | req/s | flows/s | p50 ms | p99 ms | non-2xx | errors | s |',
  '|---|---|---|---|---|---|---|---|---|',
  row('Kabinet registration', kabinet.registration),
  row('better-auth registration', peer.registration),
  row('Kabinet login', kabinet.login),
  row('better-auth login', peer.login),
  row('Kabinet code check', kabinet.codeCheck),
  row('better-auth code check', peer.codeCheck),
  '',
  `Accounts Kabinet registered during the run: ${kabinet.registered}.`,
].join('\n');

writeReport('http', 'HTTP API: Kabinet vs better-auth on Express (loopback, autocannon)', metrics, details);
