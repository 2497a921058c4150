// `pnpm test:consumer` (last step of `pnpm check`, after the build): installs the packages the
// way a consumer does and uses them from outside the workspace.
// 1. `pnpm pack` every package in packages/* (found on disk, so new packages are covered) into a
//    temp dir: the tarballs a publish would upload, `workspace:^` already rewritten;
// 2. creates a scratch npm project in os.tmpdir(), outside the workspace, and `npm install`s
//    the tarballs (npm `overrides` pin every @kabinet package to its tarball, so nothing is
//    fetched from the registry under our names), plus @types/node, every required peer
//    dependency and every `@types/*` peer (the type check needs them); optional runtime peers
//    (vitest, fast-check, PGlite) are left out, as most consumers leave them out;
// 3. runs an ESM script (import) and a CJS script (require) that load every public subpath
//    (read from each package.json `exports`), check that every package has runtime exports,
//    and that ESM and CJS export the same names. A subpath that fails to load only because an
//    optional peer is missing (`@kabinet/ports/contract` needs vitest) is reported as skipped;
// 4. runs a strict `tsc --noEmit` (module/moduleResolution nodenext, skipLibCheck off) over an
//    .mts and a .cts file that import every public subpath; errors inside third-party
//    declarations (not ours) are printed, not failed on.
// `--keep` leaves the scratch project in place and prints its path.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDirs, readJson } from './package-areas.mjs';

const root = process.cwd();
const started = Date.now();
const keep = process.argv.includes('--keep');
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const packages = packageDirs(root)
  .map((dir) => ({ dir, pkg: readJson(join(dir, 'package.json')) }))
  .filter(({ pkg }) => !pkg.private);
/** Every public import specifier: `name` for ".", `name/sub` for "./sub"; package.json aside. */
const specifiersOf = (pkg) =>
  Object.keys(pkg.exports ?? { '.': null })
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
const specifiers = packages.flatMap(({ pkg }) => specifiersOf(pkg));

const work = mkdtempSync(join(tmpdir(), 'kabinet-consumer-'));
let ok = false;
try {
  // 1. tarballs
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  // Four at a time: each pnpm pack is mostly process start-up.
  const queue = [...packages];
  const packer = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await promisify(execFile)('pnpm', ['pack', '--pack-destination', tarballs], {
        cwd: next.dir,
      });
    }
  };
  await Promise.all([packer(), packer(), packer(), packer()]);
  const files = readdirSync(tarballs);
  const tarballOf = (pkg) => {
    const base = `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
    if (!files.includes(base)) throw new Error(`pnpm pack did not write ${base}`);
    return `file:${join(tarballs, base)}`;
  };
  console.log(`consumer: packed ${files.length} packages (${seconds()})`);

  // 2. scratch project
  const app = join(work, 'app');
  mkdirSync(app);
  const ours = Object.fromEntries(packages.map(({ pkg }) => [pkg.name, tarballOf(pkg)]));
  const extra = {
    '@types/node': readJson(join(root, 'package.json')).devDependencies['@types/node'],
  };
  for (const { pkg } of packages) {
    for (const [name, range] of Object.entries(pkg.peerDependencies ?? {})) {
      const optional = pkg.peerDependenciesMeta?.[name]?.optional === true;
      if (name in ours || (optional && !name.startsWith('@types/'))) continue;
      extra[name] ??= pkg.devDependencies?.[name] ?? range;
    }
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'kabinet-consumer-smoke',
        version: '0.0.0',
        private: true,
        dependencies: { ...ours, ...extra },
        overrides: ours,
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  console.log(
    `consumer: npm installed ${packages.length} tarballs and ${Object.keys(extra).join(', ')} (${seconds()})`,
  );

  // 3. runtime, ESM and CJS
  // Each script prints, per subpath, its sorted export names or the load error.
  const list = JSON.stringify(specifiers);
  const loader = (load) => `const out = {};
for (const s of ${list}) {
  try { out[s] = Object.keys(${load}).filter((k) => k !== '__esModule').sort(); }
  catch (e) { out[s] = { error: String(e && e.message).split('\\n')[0] }; }
}
console.log(JSON.stringify(out));
`;
  writeFileSync(
    join(app, 'esm.mjs'),
    `// Loads every public subpath with import.\n${loader('await import(s)')}`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `// Loads every public subpath with require.\n${loader('require(s)')}`,
  );
  const loaded = {
    ESM: JSON.parse(run(process.execPath, ['esm.mjs'], app)),
    CJS: JSON.parse(run(process.execPath, ['cjs.cjs'], app)),
  };
  const skipped = [];
  for (const { pkg } of packages) {
    const optionalPeers = Object.keys(pkg.peerDependenciesMeta ?? {}).filter(
      (n) => pkg.peerDependenciesMeta[n].optional,
    );
    for (const s of specifiersOf(pkg)) {
      for (const [kind, out] of Object.entries(loaded)) {
        if (!('error' in out[s])) continue;
        const peer = optionalPeers.find((n) =>
          out[s].error.toLowerCase().includes(n.toLowerCase()),
        );
        if (peer === undefined) throw new Error(`${kind} cannot load ${s}: ${out[s].error}`);
        skipped.push(`${s} (${kind}: needs the optional peer ${peer})`);
      }
      if (
        !('error' in loaded.ESM[s]) &&
        !('error' in loaded.CJS[s]) &&
        JSON.stringify(loaded.ESM[s]) !== JSON.stringify(loaded.CJS[s])
      ) {
        throw new Error(`ESM and CJS export different names for ${s}`);
      }
    }
    if (!specifiersOf(pkg).some((s) => Array.isArray(loaded.ESM[s]) && loaded.ESM[s].length > 0))
      throw new Error(`${pkg.name} has no runtime exports`);
  }
  console.log(
    `consumer: import and require load ${specifiers.length} subpaths of ${packages.length} packages with the same names (${seconds()})`,
  );
  if (skipped.length > 0) console.log(`consumer: skipped at runtime: ${skipped.join('; ')}`);

  // 3b. createKabinet as the README shows it, from the tarballs: the in-memory ports come from
  // kabinet/testing, a partial backend is refused by name, and accountContextOf (ESM) reads a
  // Kabinet that the CJS build made (the context sits under a registered symbol).
  writeFileSync(
    join(app, 'wiring.mjs'),
    `import { createRequire } from 'node:module';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { accountContextOf, inMemoryPorts } from 'kabinet/testing';
const keys = generateDevelopmentKeys('consumer');
const kabinet = createKabinet({ keys, ...inMemoryPorts() });
const started = await kabinet.registration.start({ userType: 'foreign_citizen' });
if (!started.success) throw new Error('registration.start failed');
const { counters, ...partial } = inMemoryPorts().backend;
let refused = '';
try { createKabinet({ keys, ...inMemoryPorts(), backend: partial }); } catch (e) { refused = e.code + ' ' + e.message; }
if (!/^ERR_INVALID_ARGUMENT .*missing counters/.test(refused)) throw new Error('partial backend: ' + refused);
const cjs = createRequire(import.meta.url)('kabinet');
const fromCjs = cjs.createKabinet({ keys, ...inMemoryPorts() });
if (typeof accountContextOf(fromCjs).lockout.accountStatus !== 'function') throw new Error('accountContextOf');
await kabinet.close();
await fromCjs.close();
console.log('ok');
`,
  );
  if (run(process.execPath, ['wiring.mjs'], app).trim() !== 'ok')
    throw new Error('createKabinet wiring failed in the consumer');
  console.log(
    `consumer: createKabinet wires from the tarballs, a partial backend is refused (${seconds()})`,
  );

  // 4. types, strict, nodenext, both module kinds
  const imports = specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n');
  const uses = `export const modules = [${specifiers.map((_, i) => `m${i}`).join(', ')}] as const;\n`;
  writeFileSync(join(app, 'types.mts'), `${imports}\n${uses}`);
  writeFileSync(join(app, 'types.cts'), `${imports}\n${uses}`);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
        },
        files: ['types.mts', 'types.cts'],
      },
      null,
      2,
    ),
  );
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  let output = '';
  try {
    run(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], app);
  } catch (e) {
    output = `${e.stdout}${e.stderr}`;
  }
  // Errors in our declarations or in the consumer's files fail; errors inside a third-party
  // package's own declarations (ioredis imports the untyped `redis-errors`) are reported only:
  // they are that package's, and any consumer of it has them with skipLibCheck off.
  const ourNames = packages.map(({ pkg }) => pkg.name);
  const errors = output.split('\n').filter((line) => /^\S.*\(\d+,\d+\): error /.test(line));
  const theirs = errors.filter(
    (line) =>
      line.startsWith('node_modules/') &&
      !ourNames.some((n) => line.startsWith(`node_modules/${n}/`)),
  );
  const mine = errors.filter((line) => !theirs.includes(line));
  if (mine.length > 0 || (output !== '' && errors.length === 0))
    throw new Error(`tsc --noEmit failed in the consumer project:\n${output}`);
  console.log(
    `consumer: strict tsc (nodenext, skipLibCheck off) accepts all ${specifiers.length} subpaths from .mts and .cts (${seconds()})`,
  );
  if (theirs.length > 0)
    console.log(
      `consumer: ${theirs.length} tsc errors inside third-party declarations, not ours:\n  ${theirs.join('\n  ')}`,
    );
  ok = true;
} catch (e) {
  console.error(
    `consumer smoke test failed: ${e.message}${e.stderr ? `\n${e.stderr}` : ''}${e.stdout ? `\n${e.stdout}` : ''}`,
  );
  process.exitCode = 1;
} finally {
  if (keep) console.log(`consumer: scratch project kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (ok) console.log(`consumer: passed in ${seconds()}`);
