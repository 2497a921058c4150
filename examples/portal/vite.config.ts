// Vite builds the portal into dist/, which examples/server serves at `/` (one process, the API
// at /api). Workspace packages resolve to their TypeScript sources (`@kabinet/source`), so the
// browser bundle uses the same validators and message catalogues as the server without a build.
import { defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['@kabinet/source', 'module', 'browser', 'development|production'] },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles: the server's CSP allows only these files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/dev': 'http://127.0.0.1:3000' } },
});
