// Shared by the package scripts: which subpath areas a package has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Areas of a package: every `src/<area>/index.ts` (except private `_lib` and `locales`), and
 * every nested `src/<area>/<sub>/index.ts` as `<area>/<sub>` (e.g. `snils/messages`: the
 * subpath `./snils/messages`), sorted.
 */
export function areasOf(pkgDir) {
  const src = join(pkgDir, 'src');
  if (!existsSync(src)) return [];
  const folders = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('_') && e.name !== 'locales')
      .filter((e) => existsSync(join(dir, e.name, 'index.ts')))
      .map((e) => e.name);
  return folders(src)
    .flatMap((area) => [area, ...folders(join(src, area)).map((sub) => `${area}/${sub}`)])
    .sort();
}

/** The exports map a package must have for its areas. */
export function exportsFor(areas, hasRoot = true) {
  const entry = (srcPath, distBase) => ({
    '@kabinet/source': srcPath,
    import: { types: `./dist/${distBase}.d.ts`, default: `./dist/${distBase}.js` },
    require: { types: `./dist/${distBase}.d.cts`, default: `./dist/${distBase}.cjs` },
  });
  const map = {};
  if (hasRoot) map['.'] = entry('./src/index.ts', 'index');
  for (const area of areas) map[`./${area}`] = entry(`./src/${area}/index.ts`, `${area}/index`);
  map['./package.json'] = './package.json';
  return map;
}

/**
 * The `typesVersions` fallback for TypeScript's `node10` resolution (`moduleResolution: "node"`),
 * which ignores `exports`: each subpath maps to its CJS declarations. The root needs no entry
 * (`types` covers it).
 */
export function typesVersionsFor(areas) {
  return { '*': Object.fromEntries(areas.map((area) => [area, [`./dist/${area}/index.d.cts`]])) };
}

/** `pkg` with `exports` and `typesVersions` set for its areas (`typesVersions` placed after `exports`). */
export function withExports(pkg, areas) {
  const out = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'typesVersions') continue;
    out[key] = key === 'exports' ? exportsFor(areas) : value;
    if (key === 'exports' && areas.length > 0) out.typesVersions = typesVersionsFor(areas);
  }
  if (!('exports' in out)) {
    out.exports = exportsFor(areas);
    if (areas.length > 0) out.typesVersions = typesVersionsFor(areas);
  }
  return out;
}

export function packageDirs(root) {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'package.json')))
    .map((e) => join(dir, e.name));
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
