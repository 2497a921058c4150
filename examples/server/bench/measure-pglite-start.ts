// Measures what embedded PGlite costs the reference server at start, to decide whether it can be
// the default storage:
//   1. PGlite alone: open the data directory (initdb on the first start), apply the migrations,
//      `SELECT 1` — a first start on an empty directory and restarts on the same directory.
//   2. The whole server (`src/main.ts`) from spawn to `/readyz` 200, with memory storage, with
//      PGlite on an empty directory and with PGlite restarted, with the machine's PostgreSQL on a
//      fresh schema (migrations applied) and restarted on it, and its resident memory then.
// Every start is its own process (RSS is per process). Results go to bench/pglite-start.md.
//
//   node --conditions=@kabinet/source --import tsx bench/measure-pglite-start.ts [runs=2]
// KABINET_BENCH_DATABASE_URL overrides the server (default postgresql://postgres@127.0.0.1:5432/test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

type Phase = 'first start' | 'restart';

interface Sample {
  readonly phase: Phase;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
  readonly maxRssMiB: number;
}

interface ServerSample {
  readonly what:
    | 'memory'
    | 'PGlite, first start'
    | 'PGlite, restart'
    | 'PostgreSQL, first start'
    | 'PostgreSQL, restart';
  readonly readyMs: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
  readonly peakRssMiB: number;
}

const self = fileURLToPath(import.meta.url);
const DATABASE_URL =
  process.env.KABINET_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** The storage part of a server's environment. */
function storageEnv(
  what: ServerSample['what'],
  dataDir: string,
  schema: string,
): Record<string, string> {
  if (what === 'memory') return { KABINET_STORAGE: 'memory' };
  if (what.startsWith('PGlite')) return { KABINET_STORAGE: 'pglite' };
  return { DATABASE_URL, KABINET_DB_SCHEMA: schema, KABINET_KEYS_FILE: join(dataDir, 'keys.json') };
}
const serverDir = fileURLToPath(new URL('../', import.meta.url));

async function child(dataDir: string, phase: Phase): Promise<void> {
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const { openEmbeddedPostgres } = await import('@kabinet/postgres/pglite');
  const { migrate } = await import('@kabinet/postgres/migrate');
  const db = await openEmbeddedPostgres({ dataDir });
  await migrate(db.pool, { schema: 'kabinet' });
  await db.pool.query('SELECT 1');
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  const sample: Sample = {
    phase,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  await db.close();
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function runPglite(dataDir: string, phase: Phase): Sample {
  const out = spawnSync(process.execPath, [...process.execArgv, self, '--child', dataDir, phase], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (out.status !== 0) throw new Error(`child failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Sample;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `VmRSS` and `VmHWM` (peak) of a process in MiB, from /proc (Linux). */
function procMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time of a process so far in ms, from /proc (utime + stime, in clock ticks of 10 ms). */
function procCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function runServer(
  what: ServerSample['what'],
  dataDir: string,
  schema = '',
): Promise<ServerSample> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(port),
    KABINET_DATA_DIR: dataDir,
    ...storageEnv(what, dataDir, schema),
  };
  const started = performance.now();
  const server = spawn(
    process.execPath,
    ['--conditions=@kabinet/source', '--import', 'tsx', 'src/main.ts'],
    { cwd: serverDir, env, stdio: 'ignore' },
  );
  try {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const readyMs = Math.round(performance.now() - started);
    const memory = procMemory(server.pid!);
    return {
      what,
      readyMs,
      cpuMs: procCpuMs(server.pid!),
      rssMiB: memory.rss,
      peakRssMiB: memory.peak,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

/** The installed PGlite's version, from the package.json above its resolved entry point. */
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite') return pkg.version ?? 'unknown';
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 2);
  const samples: Sample[] = [];
  const servers: ServerSample[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-pglite-'));
    try {
      samples.push(
        runPglite(join(dir, 'alone'), 'first start'),
        runPglite(join(dir, 'alone'), 'restart'),
        runPglite(join(dir, 'alone'), 'restart'),
      );
      servers.push(await runServer('memory', join(dir, 'memory')));
      servers.push(await runServer('PGlite, first start', join(dir, 'server')));
      servers.push(await runServer('PGlite, restart', join(dir, 'server')));
      const schema = `bench_start_${process.pid}_${i}`;
      try {
        servers.push(await runServer('PostgreSQL, first start', join(dir, 'pg'), schema));
        servers.push(await runServer('PostgreSQL, restart', join(dir, 'pg'), schema));
      } finally {
        const admin = new pg.Client({ connectionString: DATABASE_URL });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(
      [...samples.slice(-3), ...servers.slice(-5)].map((s) => JSON.stringify(s)).join('\n'),
    );
  }
  const alone = (['first start', 'restart'] as const).map((phase) => {
    const of = samples.filter((s) => s.phase === phase);
    return `| ${phase} | ${of.length} | ${median(of.map((s) => s.wallMs))} | ${Math.max(...of.map((s) => s.wallMs))} | ${median(of.map((s) => s.cpuMs))} | ${median(of.map((s) => s.rssMiB))} | ${Math.max(...of.map((s) => s.maxRssMiB))} |`;
  });
  const whole = (
    [
      'memory',
      'PGlite, first start',
      'PGlite, restart',
      'PostgreSQL, first start',
      'PostgreSQL, restart',
    ] as const
  ).map((what) => {
    const of = servers.filter((s) => s.what === what);
    return `| ${what} | ${of.length} | ${median(of.map((s) => s.readyMs))} | ${Math.max(...of.map((s) => s.readyMs))} | ${median(of.map((s) => s.cpuMs))} | ${median(of.map((s) => s.rssMiB))} | ${Math.max(...of.map((s) => s.peakRssMiB))} |`;
  });
  const report = [
    "# The reference server's start: memory, PGlite and PostgreSQL",
    '',
    `Written by \`bench/measure-pglite-start.ts\` on ${new Date().toISOString().slice(0, 10)}: PGlite ${pgliteVersion()}, Node ${process.versions.node},`,
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), shared with other work while it ran: wall times`,
    'are inflated, CPU times are the better guide. Every start is its own process.',
    '',
    '## PGlite alone',
    '',
    'Open the data directory (initdb on the first start), apply the migrations, run `SELECT 1`.',
    '',
    '| phase | starts | wall ms (median) | wall ms (max) | CPU ms (median) | RSS MiB after start (median) | peak RSS MiB (max) |',
    '|---|---|---|---|---|---|---|',
    ...alone,
    '',
    '## The server',
    '',
    '`src/main.ts` from spawn until `/readyz` answers 200 (this includes loading the TypeScript',
    "sources through tsx), with `KABINET_STORAGE=memory`, `pglite`, or `DATABASE_URL` on the machine's",
    'PostgreSQL 15 (a fresh schema: the first start applies the migrations and creates the keys file);',
    'memory read from `/proc` then.',
    '',
    '| storage | starts | ms to ready (median) | ms to ready (max) | CPU ms (median) | RSS MiB when ready (median) | peak RSS MiB (max) |',
    '|---|---|---|---|---|---|---|',
    ...whole,
    '',
  ].join('\n');
  writeFileSync(new URL('./pglite-start.md', import.meta.url), report);
  console.log(report);
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4] as Phase);
else await main();
