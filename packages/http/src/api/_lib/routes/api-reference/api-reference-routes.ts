// The API reference: `GET /openapi.json`, the page `GET /docs` (a link to the document, or Swagger
// UI when its files are given, each pinned by its integrity hash) and the renderer's files.
import type { OpenApiDocument } from '../../../../openapi/build-openapi-document.js';
import { renderOpenApiPage } from '../../../../openapi/render-openapi-page.js';
import type { Route } from '../../../../routing/define-route.js';
import { SWAGGER_UI_INIT } from '../../../../_lib/swagger-ui-init.js';
import type { KabinetPrincipal } from '../../../kabinet-principal.js';
import type { ApiReferenceRenderer } from '../../../kabinet-http-options.js';
import { kabinetRoute } from '../../tools.js';

// The page without a renderer: no scripts at all.
const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The Swagger UI page: scripts only from this origin (the two files, each also pinned by its
// integrity hash in the page), styles from this origin plus the inline styles Swagger UI sets on
// elements, its SVG icons as data: URLs, and requests (the document, try-it-out) to this origin.
const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const META = { tags: ['meta'], access: 'public' } as const;

/** `sha384-…` of a text, for the page's integrity attributes. */
async function integrityOf(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)),
  );
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/**
 * The renderer's files as served, without their source map comments (a browser would ask for a
 * map that is not served).
 */
function assetsOf(renderer: ApiReferenceRenderer) {
  return {
    'swagger-ui-bundle.js': {
      body: renderer.script.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n'),
      type: 'text/javascript; charset=utf-8',
    },
    'swagger-ui.css': {
      body: renderer.stylesheet.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, ''),
      type: 'text/css; charset=utf-8',
    },
    'init.js': { body: SWAGGER_UI_INIT, type: 'text/javascript; charset=utf-8' },
  };
}

/** The reference routes: `documented` go into the OpenAPI document, `assets` are only served. */
export interface ApiReferenceRoutes {
  readonly documented: Route<KabinetPrincipal>[];
  readonly assets: Route<KabinetPrincipal>[];
}

/**
 * The API reference routes over the document `openapi()` returns when asked (the one that lists
 * these routes too), rendered with Swagger UI when `renderer` is given.
 */
export function apiReferenceRoutes(
  openapi: () => OpenApiDocument,
  renderer: ApiReferenceRenderer | undefined,
): ApiReferenceRoutes {
  const assets = renderer === undefined ? undefined : assetsOf(renderer);
  let page: Promise<string> | undefined;
  const renderPage = (): Promise<string> =>
    (page ??= (async () => {
      if (assets === undefined) return renderOpenApiPage(openapi());
      const [script, stylesheet, init] = await Promise.all(
        [
          assets['swagger-ui-bundle.js'].body,
          assets['swagger-ui.css'].body,
          assets['init.js'].body,
        ].map(integrityOf),
      );
      return renderOpenApiPage(openapi(), {
        integrity: { script: script!, stylesheet: stylesheet!, init: init! },
      });
    })());
  const documented = [
    kabinetRoute({
      ...META,
      operationId: 'getOpenApiDocument',
      method: 'GET',
      path: '/openapi.json',
      summary: 'This API as an OpenAPI 3.1 document',
      responses: { 200: { description: 'The document' } },
      handle: async () => ({ status: 200, body: openapi() }),
    }),
    kabinetRoute({
      ...META,
      operationId: 'getApiReference',
      method: 'GET',
      path: '/docs',
      summary: 'The API reference page (HTML)',
      responses: {
        200: { description: 'HTML page' },
        308: {
          description: 'From `…/docs/` to `…/docs`, where the page’s relative links resolve',
        },
      },
      handle: async ({ request }) => {
        // The route matcher ignores a trailing slash; the page's relative links do not.
        if (new URL(request.url).pathname.endsWith('/'))
          return { status: 308, headers: { location: '../docs' } };
        return {
          status: 200,
          body: await renderPage(),
          headers: {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': assets === undefined ? DOCS_CSP : RENDERER_CSP,
          },
        };
      },
    }),
  ];
  const served = Object.entries(assets ?? {}).map(([name, asset]) =>
    kabinetRoute({
      ...META,
      operationId: `getApiReferenceAsset_${name.replace(/\W/g, '_')}`,
      method: 'GET',
      path: `/docs/assets/${name}`,
      summary: `API reference file ${name}`,
      responses: { 200: { description: name } },
      handle: async () => ({
        status: 200,
        body: asset.body,
        headers: {
          'content-type': asset.type,
          'cache-control': 'public, max-age=3600',
          'x-content-type-options': 'nosniff',
        },
      }),
    }),
  );
  return { documented, assets: served };
}
