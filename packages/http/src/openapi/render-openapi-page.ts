import type { OpenApiDocument } from './build-openapi-document.js';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The Subresource Integrity hashes (`sha384-…`) of the renderer files the page loads, as
 * `createKabinetHttp` computes them from the files it serves.
 */
export interface OpenApiPageIntegrity {
  /** `swagger-ui-bundle.js`. */
  readonly script: string;
  /** `swagger-ui.css`. */
  readonly stylesheet: string;
  /** The start-up script that calls `SwaggerUIBundle`. */
  readonly init: string;
}

/** Options of {@link renderOpenApiPage}. */
export interface RenderOpenApiPageOptions {
  /**
   * Render the Swagger UI page with the renderer files at `docs/assets/…` beside the page,
   * pinned by these hashes. Without it the page only links the document (no scripts).
   */
  readonly integrity?: OpenApiPageIntegrity;
}

/**
 * Renders the API reference page served at `GET /docs`: a Swagger UI shell (the OpenAPI 3.1
 * document with parameters, headers, request and response schemas, and try-it-out against the
 * same server) that loads `docs/assets/swagger-ui.css`, `docs/assets/swagger-ui-bundle.js` and
 * `docs/assets/init.js` from the API itself — no CDN, no inline script, each file pinned by its
 * integrity hash. Links are relative to `…/docs` (without a trailing slash: the handler
 * redirects `…/docs/` there), so the page works wherever the API is mounted. Without
 * `integrity` (no renderer configured) it is a script-free page linking `openapi.json`.
 *
 * @param document - the OpenAPI document (its title, version and description head the page)
 * @param options - the integrity hashes of the renderer files
 * @returns the HTML page
 * @example
 * ```ts
 * const doc = buildOpenApiDocument(routes, { title: 'Kabinet API', version: '0.1.0' });
 * renderOpenApiPage(doc); // a page that links openapi.json
 * renderOpenApiPage(doc, { integrity: { script: 'sha384-…', stylesheet: 'sha384-…', init: 'sha384-…' } });
 * ```
 */
export function renderOpenApiPage(
  document: OpenApiDocument,
  options: RenderOpenApiPageOptions = {},
): string {
  const info = document.info as { title: string; version: string; description?: string };
  const title = `${escapeHtml(info.title)} ${escapeHtml(info.version)}`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>`;
  const link = '<a href="openapi.json">openapi.json</a>';
  const integrity = options.integrity;
  if (integrity === undefined) {
    return `${head}<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}</style></head><body>
<h1>${title}</h1><p>${escapeHtml(info.description ?? '')}</p>
<p>The OpenAPI 3.1 document: ${link}. Open it in any OpenAPI viewer, or give <code>createKabinetHttp</code> the Swagger UI files (<code>docs.renderer</code>) to browse and try the API here.</p></body></html>`;
  }
  return `${head}<link rel="stylesheet" href="docs/assets/swagger-ui.css" integrity="${escapeHtml(integrity.stylesheet)}"></head><body>
<noscript><p>The API reference needs JavaScript; the OpenAPI 3.1 document itself is ${link}.</p></noscript>
<div id="swagger-ui" data-openapi="openapi.json"></div>
<script src="docs/assets/swagger-ui-bundle.js" integrity="${escapeHtml(integrity.script)}"></script>
<script src="docs/assets/init.js" integrity="${escapeHtml(integrity.init)}"></script>
</body></html>`;
}
