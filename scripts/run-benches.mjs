// `pnpm bench`: runs every benchmark in the repo (packages/*/bench/*.bench.ts), one process each.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv[2];
const files = [];
for (const pkg of readdirSync('packages')) {
  const dir = join('packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir))
    if (f.endsWith('.bench.ts') && (!only || f.includes(only) || pkg === only))
      files.push(join(dir, f));
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(
    process.execPath,
    ['--conditions=@kabinet/source', '--import', 'tsx', '--expose-gc', file],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) failed++;
}
if (failed > 0) process.exit(1);
