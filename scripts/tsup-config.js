// The one tsup build of every package (each packages/<name>/tsup.config.ts calls kabinetTsup):
// - ESM with code splitting: the subpath entries share chunks instead of each inlining its own
//   copy of the package's internals (account's ESM output: 764 kB → 239 kB);
// - CJS without splitting (tsup's CJS splitting is experimental), one file per entry;
// - types for both (`.d.ts`, `.d.cts`) in a third, types-only build;
// - source maps without `sourcesContent`: they point into the shipped `src/` (the `files` list
//   ships it, the `@kabinet/source` export condition needs it), so the source is in the tarball
//   once, not twice;
// - no rollup tree-shaking pass (`treeshake: false`; esbuild still drops unused code when it
//   bundles): that pass appended a second `//# sourceMappingURL` line to every file and
//   re-embedded the source.
// The three builds run in parallel, so none of them cleans: dist/ is removed here, once.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsup';
import { tsupEntries } from './tsup-entries.js';

/** @param {string} pkgDir */
export function kabinetTsup(pkgDir) {
  rmSync(join(pkgDir, 'dist'), { recursive: true, force: true });
  /** @type {import('tsup').Options} */
  const common = {
    entry: tsupEntries(pkgDir),
    target: 'node20',
    sourcemap: true,
    clean: false,
    treeshake: false,
    esbuildOptions(options) {
      options.sourcesContent = false;
    },
  };
  return defineConfig([
    { ...common, format: ['esm'], splitting: true, dts: false },
    { ...common, format: ['cjs'], splitting: false, dts: false },
    { ...common, format: ['esm', 'cjs'], dts: { only: true } },
  ]);
}
