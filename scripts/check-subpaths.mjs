// Fails when a package's `exports` map and its `src/<area>/index.ts` folders disagree,
// or when an entry file lacks its `@module` TSDoc (the documented subpath must exist), or when
// the `typesVersions` fallback (TypeScript's node10 resolution) does not list every subpath.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areasOf, exportsFor, packageDirs, readJson, typesVersionsFor } from './package-areas.mjs';

const problems = [];
for (const dir of packageDirs(process.cwd())) {
  const pkg = readJson(join(dir, 'package.json'));
  const areas = areasOf(dir);
  const expected = exportsFor(areas);
  if (
    areas.length > 0 &&
    JSON.stringify(pkg.typesVersions) !== JSON.stringify(typesVersionsFor(areas))
  ) {
    problems.push(
      `${pkg.name}: typesVersions missing or stale (run node scripts/sync-exports.mjs)`,
    );
  }
  const actual = pkg.exports ?? {};
  for (const key of Object.keys(expected)) {
    if (JSON.stringify(actual[key]) !== JSON.stringify(expected[key])) {
      problems.push(
        `${pkg.name}: exports["${key}"] missing or stale (run node scripts/sync-exports.mjs)`,
      );
    }
  }
  for (const key of Object.keys(actual)) {
    if (!(key in expected)) problems.push(`${pkg.name}: exports["${key}"] has no src folder`);
  }
  for (const key of Object.keys(expected)) {
    if (key === './package.json') continue;
    const file = join(dir, expected[key]['@kabinet/source']);
    if (!existsSync(file)) problems.push(`${pkg.name}: ${file} missing`);
    else if (!/@module/.test(readFileSync(file, 'utf8')))
      problems.push(`${pkg.name}: ${key} entry lacks a @module TSDoc`);
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('subpaths: every package export matches its source areas');
