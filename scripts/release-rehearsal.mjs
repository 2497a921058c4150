// `pnpm release:rehearsal`: rehearses a release without publishing or touching this checkout.
// Clones HEAD into a temp dir (committed work only), installs, runs `changeset version` there
// (versions and a CHANGELOG.md per package from .changeset/), builds, and runs
// `pnpm -r publish --dry-run --no-git-checks`. Fails when any step fails, when a public
// package has no CHANGELOG.md after versioning, or when a tarball lacks CHANGELOG.md, LICENSE,
// README.md or dist/. Takes minutes (the build), so it is not part of `pnpm check`.
//   --keep        leave the clone in place and print its path
//   --no-frozen-lockfile  install even when pnpm-lock.yaml is stale (reported as a problem)
//   --skip-build  publish without dist/ (only checks versioning and the publish flow; the
//                 tarball check then skips dist/)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDirs, readJson } from './package-areas.mjs';

const root = process.cwd();
const keep = process.argv.includes('--keep');
const skipBuild = process.argv.includes('--skip-build');
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });

const work = mkdtempSync(join(tmpdir(), 'kabinet-release-'));
const repo = join(work, 'repo');
let failed = false;
try {
  const head = run('git', ['rev-parse', '--short', 'HEAD'], root).trim();
  run('git', ['clone', '--quiet', '--no-hardlinks', root, repo], work);
  console.log(`rehearsal: cloned HEAD ${head} into ${repo} (${seconds()})`);
  const problems = [];
  try {
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], repo);
  } catch (e) {
    if (!process.argv.includes('--no-frozen-lockfile'))
      throw new Error(`pnpm install --frozen-lockfile failed:\n${e.stderr || e.stdout}`);
    problems.push('pnpm-lock.yaml is stale: pnpm install --frozen-lockfile fails');
    run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline'], repo);
  }
  console.log(`rehearsal: installed (${seconds()})`);

  const before = new Map(
    packageDirs(repo).map((dir) => [dir, readJson(join(dir, 'package.json')).version]),
  );
  console.log(run('pnpm', ['exec', 'changeset', 'version'], repo).trim());
  for (const dir of packageDirs(repo)) {
    const pkg = readJson(join(dir, 'package.json'));
    if (pkg.private) continue;
    const changelog = existsSync(join(dir, 'CHANGELOG.md'));
    console.log(
      `  ${pkg.name}: ${before.get(dir)} → ${pkg.version}${changelog ? ', CHANGELOG.md' : ''}`,
    );
    if (!changelog)
      problems.push(`${pkg.name}: no CHANGELOG.md after changeset version (no changeset names it)`);
  }
  console.log(`rehearsal: changeset version done (${seconds()})`);

  if (!skipBuild) {
    run('pnpm', ['build'], repo);
    console.log(`rehearsal: built (${seconds()})`);
  }
  let out;
  try {
    const r = execFileSync(
      'pnpm',
      ['-r', '--filter', './packages/*', 'publish', '--dry-run', '--no-git-checks'],
      {
        cwd: repo,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    out = r;
  } catch (e) {
    throw new Error(`pnpm publish --dry-run failed:\n${e.stdout}\n${e.stderr}`);
  }
  // npm prints each tarball's contents; check them package by package.
  for (const dir of packageDirs(repo)) {
    const pkg = readJson(join(dir, 'package.json'));
    if (pkg.private) continue;
    const packed = JSON.parse(
      run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir),
    )[0];
    const paths = new Set(packed.files.map((f) => f.path));
    for (const file of ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']) {
      if (!paths.has(file)) problems.push(`${pkg.name}: tarball lacks ${file}`);
    }
    if (!skipBuild && ![...paths].some((p) => p.startsWith('dist/')))
      problems.push(`${pkg.name}: tarball lacks dist/`);
    const published = readJson(join(dir, 'package.json'));
    for (const [name, range] of Object.entries(published.dependencies ?? {})) {
      if (range.startsWith('workspace:')) continue; // pnpm rewrites these in the tarball
      if (!/^\^/.test(range)) problems.push(`${pkg.name}: dependency ${name} is ${range}`);
    }
  }
  console.log(
    out
      .split('\n')
      .filter((l) =>
        /\+ |Publishing|dry-run|notice (name|version|total files|package size|unpacked size)/i.test(
          l,
        ),
      )
      .join('\n'),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  console.log(
    `rehearsal: passed in ${seconds()}: changeset version, ${skipBuild ? 'no build' : 'build'}, pnpm -r publish --dry-run`,
  );
} catch (e) {
  failed = true;
  // pnpm prints a failing script's errors on stdout: show the end of both streams.
  const tail = (text) => (text ? `\n${String(text).split('\n').slice(-40).join('\n')}` : '');
  console.error(`rehearsal failed (${seconds()}): ${e.message}${tail(e.stdout)}${tail(e.stderr)}`);
} finally {
  if (keep) console.log(`rehearsal: clone kept in ${repo}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
