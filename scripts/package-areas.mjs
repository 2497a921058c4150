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

export function packageDirs(root) {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'package.json')))
    .map((e) => join(dir, e.name));
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
