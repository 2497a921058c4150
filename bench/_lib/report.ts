// Shared by every benchmark: measure with tinybench and write docs/benchmarks/<name>.md + .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { Bench } from 'tinybench';

/** One measured metric, with the peers measured in the same run. */
export interface Metric {
  /** e.g. `snils.parse` */
  name: string;
  value: number;
  unit: string;
  /** What higher means: `higher` for ops/s, `lower` for bytes or ms. */
  better: 'higher' | 'lower';
  /** Peer name → value, same unit. */
  peers?: Record<string, number>;
  /** Target stated by the issue, e.g. `>= 10x fastest peer`; informative. */
  target?: string;
  /** Whether the target was met in this run, when it can be judged. */
  met?: boolean;
  note?: string;
}

/** Runs one function under tinybench and returns operations per second (mean throughput). */
export async function opsPerSecond(name: string, fn: () => unknown, time = 400): Promise<number> {
  const bench = new Bench({ time, warmupTime: 100 });
  bench.add(name, fn);
  await bench.run();
  const task = bench.tasks[0]!;
  const result = task.result as { throughput?: { mean: number }; hz?: number } | undefined;
  const hz = result?.throughput?.mean ?? result?.hz;
  if (hz === undefined || !Number.isFinite(hz))
    throw new Error(`benchmark ${name} produced no result`);
  return hz;
}

/** Ratio of ours to the best peer (for `higher`: ours / best; for `lower`: best / ours). */
export function ratioToBestPeer(metric: Metric): number | undefined {
  const values = Object.values(metric.peers ?? {});
  if (values.length === 0) return undefined;
  const best = metric.better === 'higher' ? Math.max(...values) : Math.min(...values);
  return metric.better === 'higher' ? metric.value / best : best / metric.value;
}

function fmt(n: number): string {
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return Number(n.toPrecision(4)).toString();
}

/** Writes `docs/benchmarks/<name>.json` and `.md` and prints the table. */
export function writeReport(
  name: string,
  title: string,
  metrics: Metric[],
  extraMarkdown = '',
): void {
  const dir = new URL('../../docs/benchmarks/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const environment = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    date: new Date().toISOString(),
  };
  const json = {
    name,
    title,
    environment,
    metrics: Object.fromEntries(
      metrics.map((m) => [
        m.name,
        {
          value: m.value,
          unit: m.unit,
          better: m.better,
          peers: m.peers ?? {},
          ratio: ratioToBestPeer(m) ?? null,
          target: m.target ?? null,
          met: m.met ?? null,
          note: m.note ?? null,
        },
      ]),
    ),
  };
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(json, null, 2) + '\n');
  const rows = metrics.map((m) => {
    const peers =
      Object.entries(m.peers ?? {})
        .map(([p, v]) => `${p}: ${fmt(v)}`)
        .join('<br>') || '—';
    const ratio = ratioToBestPeer(m);
    const met = m.met === undefined ? '' : m.met ? 'yes' : '**no**';
    return `| ${m.name} | ${fmt(m.value)} ${m.unit} | ${peers} | ${ratio === undefined ? '—' : `${ratio.toFixed(2)}×`} | ${m.target ?? ''} | ${met} |`;
  });
  const md = [
    `# ${title}`,
    '',
    `Written by \`pnpm bench\` (${name}) on ${environment.date}: Node ${environment.node}, ${environment.cores} × ${environment.cpu}. Do not edit by hand.`,
    '',
    '| metric | Kabinet | peers (same run) | ratio to best peer | target | met |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    extraMarkdown,
  ].join('\n');
  writeFileSync(new URL(`${name}.md`, dir), md + '\n');
  console.log(md);
}
