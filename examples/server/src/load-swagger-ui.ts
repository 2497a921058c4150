// The API reference renderer of the portal: Swagger UI's browser bundle and stylesheet, read
// from the installed `swagger-ui-dist` package when the server starts and handed to
// createKabinetHttp, which serves them at /api/docs/assets/… (no CDN). @kabinet/http does not
// depend on the 2 MB renderer; the portal chooses and pins it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApiReferenceRenderer } from '@kabinet/http';

/**
 * Reads `swagger-ui-bundle.js` and `swagger-ui.css` from the `swagger-ui-dist` package this
 * server depends on.
 *
 * @returns the renderer files for `createKabinetHttp(kabinet, { docs: { renderer } })`
 * @throws `Error` (`ENOENT`/`MODULE_NOT_FOUND`) when `swagger-ui-dist` is not installed
 * @example
 * ```ts
 * const http = createKabinetHttp(kabinet, { docs: { renderer: loadSwaggerUi() } });
 * ```
 */
export function loadSwaggerUi(): ApiReferenceRenderer {
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return {
    script: readFileSync(join(folder, 'swagger-ui-bundle.js'), 'utf8'),
    stylesheet: readFileSync(join(folder, 'swagger-ui.css'), 'utf8'),
  };
}
