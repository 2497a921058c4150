import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace.js';

export default defineConfig({
  // Node-environment tests resolve through Vite's SSR resolver: the source condition lives here.
  ssr: { resolve: { conditions: ['@kabinet/source'] } },
  test: {
    projects,
    testTimeout: 30_000,
    coverage: { provider: 'v8', include: ['packages/*/src/**'] },
  },
});
