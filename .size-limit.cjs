// Size budgets, checked by `pnpm run size` (size-limit 12 + @size-limit/esbuild, brotli).
// Every budget is declared in BUDGETS below; the checks are generated from it, and only for
// entries whose built file exists (run `pnpm build` first: `pnpm check` does).
// size-limit finds this file because no `.size-limit.json` exists (that one would win).
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Subpath areas of a package, as `scripts/package-areas.mjs` lists them: every
 * `src/<area>/index.ts` except `_lib` and `locales`, and every nested `src/<area>/<sub>/index.ts`
 * as `<area>/<sub>` (the per-area message catalogues, `snils/messages`).
 */
function areasOf(pkg) {
  const src = join(__dirname, 'packages', pkg, 'src');
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

/**
 * The budgets, one row per check: `pkg`, `area` (undefined = the package root), what is
 * imported (`*` = everything), the brotli limit, and packages left out of the bundle
 * (`ignore`: measured as the caller's, e.g. zod, which an app has anyway).
 * `areas: 'each'` expands to one row per subpath of the package, minus `except`.
 */
const BUDGETS = [
  // 3 kB until 2026-12-06; then core took the one zod → issue mapping (readInput, moved out of
  // account and http, with ru/en messages for its 11 honest input codes), the one HMAC helper
  // (from otp, account and payments) and the one conflict check: 3.94 kB measured. 4.4 kB until
  // the #14 redesign moved in the one optimistic retry loop (retryOnConflict, replacing about
  // fifteen), the one scrypt (account's and otp's) and the closed error codes with their eight
  // subclasses: 4.44 kB measured, budget ~10% above.
  { pkg: 'core', area: undefined, import: '*', limit: '4.9 kB' },
  // Reading input must not pull the message catalogues (964 B measured).
  { pkg: 'core', area: undefined, import: '{ readInput }', limit: '1.1 kB' },
  // Tree-shaking guard: the result helpers alone must not pull errors or message catalogues.
  { pkg: 'core', area: undefined, import: '{ ok, fail, issue }', limit: '200 B' },
  { pkg: 'validators', area: 'snils', import: '{ parseSnils }', limit: '1 kB' },
  // The rule: every validators subpath, the `<area>/messages` catalogues included, stays under
  // 3 kB without zod. The rows after it are the exceptions, each sized at about 10% above its
  // measurement (brotli, 2026-11-22).
  {
    pkg: 'validators',
    areas: 'each',
    except: ['phone', 'password-presets', 'file', 'mrz'],
    import: '*',
    limit: '3 kB',
    ignore: ['zod'],
  },
  // MRZ with the single-name (P<IND<<NAME) and Belgian filler check-digit acceptances and their
  // warnings (DOC-8, DOC-4): 3.34 kB measured (brotli, 2026-12-06, shared-chunk build; 3.22 kB
  // before parse-mrz was split into modules).
  { pkg: 'validators', area: 'mrz', import: '*', limit: '3.5 kB', ignore: ['zod'] },
  // The file checks: magic numbers, image structure and the PNG trailing-data refusal (S-13),
  // 3.02 kB measured (brotli, 2026-12-06).
  { pkg: 'validators', area: 'file', import: '*', limit: '3.3 kB', ignore: ['zod'] },
  // libphonenumber-js/max: the full metadata of every country (44.2 kB measured).
  { pkg: 'validators', area: 'phone', import: '*', limit: '50 kB', ignore: ['zod'] },
  // The password data: the 10,000 most common passwords with the presets and the default schema
  // built on them (36.9 kB measured). `/password`, the checks, is under the 3 kB rule above.
  { pkg: 'validators', area: 'password-presets', import: '*', limit: '41 kB', ignore: ['zod'] },
];

const checks = [];
const missing = [];
for (const row of BUDGETS) {
  const areas =
    row.areas === 'each'
      ? areasOf(row.pkg).filter((a) => !(row.except ?? []).includes(a))
      : [row.area];
  for (const area of areas) {
    const file = `packages/${row.pkg}/dist/${area === undefined ? 'index' : `${area}/index`}.js`;
    const specifier = `@kabinet/${row.pkg}${area === undefined ? '' : `/${area}`}`;
    if (!existsSync(join(__dirname, file))) {
      missing.push(file);
      continue;
    }
    checks.push({
      name: `${specifier} ${row.import === '*' ? '(all exports)' : row.import}${row.ignore ? ` without ${row.ignore.join(', ')}` : ''}`,
      path: file,
      import: row.import,
      limit: row.limit,
      ...(row.ignore ? { ignore: row.ignore } : {}),
      // Kabinet runs on Node: node: built-ins stay external, ESM output as an app would bundle it.
      modifyEsbuildConfig: (config) => ({
        ...config,
        platform: 'node',
        format: 'esm',
        logLevel: 'error',
      }),
    });
  }
}
if (missing.length > 0) console.warn(`size-limit: not built yet, skipped: ${missing.join(', ')}`);

module.exports = checks;
