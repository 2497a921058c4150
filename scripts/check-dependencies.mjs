// `pnpm lint:deps`: the dependency audit of every package in packages/* (found on disk, so
// packages added later are covered). Fails when
// - a runtime `dependencies` entry is imported by no file under the package's src/ (tests
//   `*.test.ts`, `*.test-d.ts` and benchmarks `*.bench.ts` aside): it belongs in devDependencies;
// - a src/ file imports a package that is not in `dependencies`, `peerDependencies` or
//   `optionalDependencies` (Node built-ins and the package's own name aside);
// - a third-party runtime dependency is not a caret range `^x.y.z`, a devDependency is not an
//   exact version, or a workspace dependency is not `workspace:^`.
// Imports are read with the TypeScript parser (static, `import type`, `export … from`,
// dynamic `import('x')` with a literal, `require('x')`), so type-only imports count: the
// published .d.ts files import those packages too.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { packageDirs, readJson } from './package-areas.mjs';

const root = process.cwd();
const builtins = new Set(builtinModules);
const isExcluded = (name) => /\.(test|bench)\.ts$|\.test-d\.ts$/.test(name);

function* sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(m|c)?tsx?$/.test(entry.name) && !isExcluded(entry.name)) yield path;
  }
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; undefined for relative and built-ins. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#'))
    return undefined;
  if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  // preProcessFile misses `import type x = require()`-free edge cases only; also catch `import('x')` types.
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

const problems = [];
for (const dir of packageDirs(root)) {
  const pkg = readJson(join(dir, 'package.json'));
  const where = pkg.name ?? basename(dir);
  const deps = pkg.dependencies ?? {};
  const declared = new Set([
    ...Object.keys(deps),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
  ]);

  const used = new Map(); // package name → first file importing it
  for (const file of sourceFiles(join(dir, 'src'))) {
    for (const specifier of importsOf(file)) {
      const name = packageOf(specifier);
      if (name !== undefined && !used.has(name)) used.set(name, relative(root, file));
    }
  }

  for (const name of Object.keys(deps)) {
    if (!used.has(name))
      problems.push(
        `${where}: dependency "${name}" is imported by no file in src/ (move it to devDependencies or drop it)`,
      );
  }
  for (const [name, file] of used) {
    if (name !== pkg.name && !declared.has(name))
      problems.push(`${where}: ${file} imports "${name}", which package.json does not declare`);
  }

  for (const [name, range] of Object.entries(deps)) {
    if (range.startsWith('workspace:')) {
      if (range !== 'workspace:^')
        problems.push(`${where}: dependency "${name}" is "${range}", want "workspace:^"`);
    } else if (!/^\^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) {
      problems.push(`${where}: dependency "${name}" is "${range}", want a caret range "^x.y.z"`);
    }
  }
  for (const [name, range] of Object.entries(pkg.devDependencies ?? {})) {
    if (range.startsWith('workspace:')) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range))
      problems.push(`${where}: devDependency "${name}" is "${range}", want an exact version`);
  }
}

if (problems.length > 0) {
  console.error(
    `dependency audit (${problems.length} problems):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `dependencies: every runtime dependency of ${packageDirs(root).length} packages is imported by src/, every import is declared, ranges are canonical`,
);
