// Measures what embedded PGlite costs the reference server at start, to decide whether it can be
// the default storage: a first start on an empty data directory (initdb + migrations), a
// restart on the same directory, and the resident memory of each. Every start runs in its own
// process (RSS is per process); the numbers are written to bench/pglite-start.md.
//
//   node --conditions=@kabinet/source --import tsx bench/measure-pglite-start.ts [runs=2]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Sample {
  readonly phase: 'first start' | 'restart';
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
  readonly maxRssMiB: number;
}

const self = fileURLToPath(import.meta.url);

async function child(dataDir: string, phase: Sample['phase']): Promise<void> {
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

function run(dataDir: string, phase: Sample['phase']): Sample {
  const out = spawnSync(process.execPath, [...process.execArgv, self, '--child', dataDir, phase], { encoding: 'utf8', timeout: 300_000 });
  if (out.status !== 0) throw new Error(`child failed (${out.status}): ${out.stderr}`);
  const line = out.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as Sample;
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
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-pglite-'));
    try {
      samples.push(run(dir, 'first start'));
      samples.push(run(dir, 'restart'));
      samples.push(run(dir, 'restart'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(samples.slice(-3).map((s) => JSON.stringify(s)).join('\n'));
  }
  const rows = (['first start', 'restart'] as const).map((phase) => {
    const of = samples.filter((s) => s.phase === phase);
    return `| ${phase} | ${of.length} | ${median(of.map((s) => s.wallMs))} | ${Math.max(...of.map((s) => s.wallMs))} | ${median(of.map((s) => s.cpuMs))} | ${median(of.map((s) => s.rssMiB))} | ${Math.max(...of.map((s) => s.maxRssMiB))} |`;
  });
  const pglite = pgliteVersion();
  const report = [
    '# PGlite at the reference server\'s start',
    '',
    `Written by \`bench/measure-pglite-start.ts\` on ${new Date().toISOString().slice(0, 10)}: PGlite ${pglite}, Node ${process.versions.node},`,
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), shared with other work while it ran: wall times`,
    'are inflated, CPU times are the better guide. Each start is its own process: open the data',
    'directory (initdb on the first start), apply the migrations, run `SELECT 1`.',
    '',
    '| phase | starts | wall ms (median) | wall ms (max) | CPU ms (median) | RSS MiB after start (median) | peak RSS MiB (max) |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(new URL('./pglite-start.md', import.meta.url), report);
  console.log(report);
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4] as Sample['phase']);
else await main();
