import { defineConfig } from 'tsup';
import { tsupEntries } from '../../scripts/tsup-entries.js';

export default defineConfig({
  entry: tsupEntries(process.cwd()),
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  treeshake: true,
});
