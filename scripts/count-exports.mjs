// Counts the named exports of every public subpath of every package, from the source index
// files (the `@kabinet/source` entries), with the TypeScript checker following `export *`.
// Usage: node scripts/count-exports.mjs [root] [--json]
//   root defaults to this repository; point it at an extracted older tree to compare.
// Prints per package: subpaths, exports over all subpaths (a name re-exported by the root and a
// subpath counts twice), distinct names, and distinct names that are values (not only types);
// then the totals.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(dirname(fileURLToPath(import.meta.url)), '..'),
);
const packagesDir = join(root, 'packages');

/** package name → folder, for the packages of this tree. */
const folders = new Map();
for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
  const manifest = join(packagesDir, entry.name, 'package.json');
  if (entry.isDirectory() && existsSync(manifest))
    folders.set(JSON.parse(readFileSync(manifest, 'utf8')).name, join(packagesDir, entry.name));
}

/** `@kabinet/x/sub` or `kabinet/sub` → the source file its `@kabinet/source` condition names. */
function sourceOf(specifier) {
  for (const [name, dir] of folders) {
    if (specifier !== name && !specifier.startsWith(`${name}/`)) continue;
    const sub = specifier === name ? '.' : `./${specifier.slice(name.length + 1)}`;
    const exported = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports?.[sub];
    const target = exported?.['@kabinet/source'];
    return typeof target === 'string' ? join(dir, target) : undefined;
  }
  return undefined;
}

const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowJs: false,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};
const host = ts.createCompilerHost(options);
host.resolveModuleNameLiterals = (literals, containingFile, _redirect, compilerOptions) =>
  literals.map((literal) => {
    const own = sourceOf(literal.text);
    if (own !== undefined)
      return { resolvedModule: { resolvedFileName: own, extension: ts.Extension.Ts } };
    return ts.resolveModuleName(literal.text, containingFile, compilerOptions, host);
  });

const entries = [];
for (const [name, dir] of folders) {
  const exportsMap = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports ?? {};
  for (const [sub, target] of Object.entries(exportsMap)) {
    const source = target?.['@kabinet/source'];
    if (typeof source !== 'string') continue;
    entries.push({
      pkg: name,
      specifier: sub === '.' ? name : `${name}/${sub.slice(2)}`,
      file: join(dir, source),
    });
  }
}
const program = ts.createProgram(
  entries.map((e) => e.file),
  options,
  host,
);
const checker = program.getTypeChecker();

const perPackage = new Map();
for (const entry of entries) {
  const file = program.getSourceFile(entry.file);
  const symbol = file && checker.getSymbolAtLocation(file);
  const symbols = symbol ? checker.getExportsOfModule(symbol) : [];
  const row = perPackage.get(entry.pkg) ?? {
    subpaths: 0,
    exports: 0,
    distinct: new Set(),
    values: new Set(),
  };
  row.subpaths += 1;
  row.exports += symbols.length;
  for (const s of symbols) {
    row.distinct.add(s.getName());
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    if (target.flags & ts.SymbolFlags.Value) row.values.add(s.getName());
  }
  perPackage.set(entry.pkg, row);
}

const rows = [...perPackage]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([pkg, r]) => ({
    pkg,
    subpaths: r.subpaths,
    exports: r.exports,
    distinct: r.distinct.size,
    values: r.values.size,
  }));
const total = rows.reduce(
  (t, r) => ({
    subpaths: t.subpaths + r.subpaths,
    exports: t.exports + r.exports,
    distinct: t.distinct + r.distinct,
    values: t.values + r.values,
  }),
  { subpaths: 0, exports: 0, distinct: 0, values: 0 },
);
if (json) console.log(JSON.stringify({ rows, total }, null, 2));
else {
  for (const r of rows)
    console.log(
      `${r.pkg.padEnd(20)} ${String(r.subpaths).padStart(3)} subpaths ${String(r.exports).padStart(5)} exports ${String(r.distinct).padStart(5)} distinct ${String(r.values).padStart(5)} values`,
    );
  console.log(
    `${'total'.padEnd(20)} ${String(total.subpaths).padStart(3)} subpaths ${String(total.exports).padStart(5)} exports ${String(total.distinct).padStart(5)} distinct ${String(total.values).padStart(5)} values`,
  );
}
