import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace.js';

export default defineConfig({
  // Node-environment tests resolve through Vite's SSR resolver: the source condition lives here.
  ssr: { resolve: { conditions: ['@kabinet/source'] } },
  test: {
    projects,
    testTimeout: 30_000,
    // A worker runs a project's test files one after another and keeps its module graph between
    // them, instead of a fresh worker per file. Isolated, every file re-evaluated @fast-check/vitest
    // (its `test.prop` builder costs ~4 s of CPU per evaluation against vitest 4.1's test API),
    // zod, libphonenumber-js, jose and the package's own source: ~80% of the run was "import".
    // Vitest still restores mocks between files; a test file undoes whatever else it changes
    // (environment variables, listeners) in afterEach/afterAll.
    isolate: false,
    coverage: { provider: 'v8', include: ['packages/*/src/**'] },
  },
});
