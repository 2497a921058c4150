// `pnpm size:pack`: measures what every package in packages/* would publish, with
// `npm pack --dry-run --json` (run `pnpm build` first), and writes the report
// docs/benchmarks/package-size.md: packed and unpacked size, file count, and the unpacked bytes
// split into JS, source maps, type declarations, src/ and the rest.
//   --save-baseline <file>  also writes the raw numbers as JSON (to compare a later run with);
//   --baseline <file>       adds the numbers of that earlier run and the change to the report.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { packageDirs, readJson } from './package-areas.mjs';

const root = process.cwd();
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

function kind(path) {
  if (path.startsWith('src/')) return 'src';
  if (/\.map$/.test(path)) return 'maps';
  if (/\.d\.c?ts$/.test(path)) return 'types';
  if (/\.(c|m)?js$/.test(path) && path.startsWith('dist/')) return 'js';
  return 'other';
}

function measure(dir) {
  const pkg = readJson(join(dir, 'package.json'));
  if (!existsSync(join(dir, 'dist')))
    throw new Error(`${pkg.name}: no dist/ (run pnpm build first)`);
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out);
  const parts = { js: 0, maps: 0, types: 0, src: 0, other: 0 };
  for (const f of info.files) parts[kind(f.path)] += f.size;
  return {
    name: pkg.name,
    packed: info.size,
    unpacked: info.unpackedSize,
    files: info.entryCount,
    parts,
  };
}

const rows = packageDirs(root)
  .map(measure)
  .sort((a, b) => a.name.localeCompare(b.name));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const run = { date: new Date().toISOString(), commit, node: process.version, rows };

const saveTo = arg('--save-baseline');
if (saveTo) {
  writeFileSync(saveTo, JSON.stringify(run, null, 2) + '\n');
  console.log(`package sizes of ${rows.length} packages saved to ${saveTo}`);
}

const kB = (n) => (n / 1000).toFixed(1);
const total = (list, key) => list.reduce((s, r) => s + r[key], 0);
const baselinePath = arg('--baseline');
const baseline = baselinePath ? JSON.parse(readFileSync(baselinePath, 'utf8')) : undefined;
const before = new Map(baseline?.rows.map((r) => [r.name, r]) ?? []);
const change = (now, was) =>
  was === undefined ? 'new' : `${(((now - was) / was) * 100).toFixed(0)} %`;

const lines = [
  '# Package size',
  '',
  'What each package publishes, measured with `npm pack --dry-run --json` over the built',
  'packages by `pnpm size:pack` (scripts/package-size.mjs); do not edit by hand. Sizes in kB',
  '(1000 bytes). "unpacked" is what lands in `node_modules`, "packed" the gzipped tarball.',
  '',
  `Run: ${run.date}, commit ${commit}, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}.`,
  '',
];
if (baseline) {
  lines.push(
    `Before: commit ${baseline.commit} (${baseline.date}), measured by the same script.`,
    '',
    '| package | unpacked before | unpacked now | change | packed before | packed now | files before | files now |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map((r) => {
      const b = before.get(r.name);
      return `| ${r.name} | ${b ? kB(b.unpacked) : '–'} | ${kB(r.unpacked)} | ${change(r.unpacked, b?.unpacked)} | ${b ? kB(b.packed) : '–'} | ${kB(r.packed)} | ${b?.files ?? '–'} | ${r.files} |`;
    }),
    (() => {
      // Totals over the packages measured in both runs only.
      const now = rows.filter((r) => before.has(r.name));
      const was = baseline.rows.filter((r) => now.some((n) => n.name === r.name));
      return `| **all in both runs** | ${kB(total(was, 'unpacked'))} | ${kB(total(now, 'unpacked'))} | ${change(total(now, 'unpacked'), total(was, 'unpacked'))} | ${kB(total(was, 'packed'))} | ${kB(total(now, 'packed'))} | ${total(was, 'files')} | ${total(now, 'files')} |`;
    })(),
    '',
  );
}
lines.push(
  '## Where the unpacked bytes are now',
  '',
  '| package | JS | source maps | types | src/ | other |',
  '|---|--:|--:|--:|--:|--:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kB(r.parts.js)} | ${kB(r.parts.maps)} | ${kB(r.parts.types)} | ${kB(r.parts.src)} | ${kB(r.parts.other)} |`,
  ),
  '',
);
if (baseline) {
  lines.push(
    '## Where the unpacked bytes were before',
    '',
    '| package | JS | source maps | types | src/ | other |',
    '|---|--:|--:|--:|--:|--:|',
    ...baseline.rows.map(
      (r) =>
        `| ${r.name} | ${kB(r.parts.js)} | ${kB(r.parts.maps)} | ${kB(r.parts.types)} | ${kB(r.parts.src)} | ${kB(r.parts.other)} |`,
    ),
    '',
  );
}
const target = join(root, 'docs', 'benchmarks', 'package-size.md');
writeFileSync(target, lines.join('\n'));
console.log(
  `wrote ${target}: ${rows.length} packages, ${kB(total(rows, 'unpacked'))} kB unpacked in all`,
);
