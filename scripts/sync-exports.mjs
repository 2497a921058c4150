// Rewrites every package's `exports` map (and its `typesVersions` fallback for TypeScript's
// node10 resolution) from its `src/<area>/index.ts` folders.
// Run after adding an area: `node scripts/sync-exports.mjs`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { areasOf, packageDirs, readJson, withExports } from './package-areas.mjs';

for (const dir of packageDirs(process.cwd())) {
  const path = join(dir, 'package.json');
  const pkg = withExports(readJson(path), areasOf(dir));
  writeFileSync(path, JSON.stringify(pkg, null, 2) + '\n');
}
