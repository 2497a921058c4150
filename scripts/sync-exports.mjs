// Rewrites every package's `exports` map from its `src/<area>/index.ts` folders.
// Run after adding an area: `node scripts/sync-exports.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { areasOf, exportsFor, packageDirs, readJson } from './package-areas.mjs';

for (const dir of packageDirs(process.cwd())) {
  const path = join(dir, 'package.json');
  const pkg = readJson(path);
  pkg.exports = exportsFor(areasOf(dir));
  writeFileSync(path, JSON.stringify(pkg, null, 2) + '\n');
}
