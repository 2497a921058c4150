// The API reference: GET /docs serves Swagger UI (no CDN) whose files come from routes of the
// same handler with the right content types and integrity hashes, under a CSP that allows only
// this origin; the document it renders carries header parameters and no 422 on routes without
// input; the page's relative links resolve under …/docs and …/docs/.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { buildOpenApiDocument, createKabinetHttp, renderOpenApiPage } from '../src/index.js';
import { inMemoryPorts } from 'kabinet/testing';

const kabinet = createKabinet({
  ...inMemoryPorts(),
  keys: generateDevelopmentKeys('api-reference'),
});
afterAll(() => kabinet.close());
const renderer = {
  script: 'window.SwaggerUIBundle = function () {};\n//# sourceMappingURL=swagger-ui-bundle.js.map',
  stylesheet: '.swagger-ui{color:#3b4151}\n\n\n/*# sourceMappingURL=swagger-ui.css.map*/',
}; // as swagger-ui-dist 5.36 ends them
const withRenderer = createKabinetHttp(kabinet, { docs: { renderer } });
const without = createKabinetHttp(kabinet);

const get = (http: typeof without, path: string) =>
  http.handler(new Request(`http://portal.test${path}`), { ip: '203.0.113.9' });
const sri = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/** What a browser at `pageUrl` fetches for each src/href of the page. */
function resolvedLinks(html: string, pageUrl: string): string[] {
  return [...html.matchAll(/(?:src|href|data-openapi)="([^"]+)"/g)].map(
    (m) => new URL(m[1]!, pageUrl).pathname,
  );
}

describe('GET /docs with the Swagger UI renderer', () => {
  it('serves the page with a CSP that allows scripts and styles from this origin only, and no CDN', async () => {
    const response = await get(withRenderer, '/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script
  });

  it('serves each renderer file with its content type, and the page pins each by its integrity hash', async () => {
    const html = await (await get(withRenderer, '/docs')).text();
    for (const [name, type] of [
      ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
      ['swagger-ui.css', 'text/css; charset=utf-8'],
      ['init.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const response = await get(withRenderer, `/docs/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const body = await response.text();
      expect(body).not.toContain('sourceMappingURL');
      expect(html).toContain(`docs/assets/${name}" integrity="${sri(body)}"`);
    }
    expect(await (await get(withRenderer, '/docs/assets/swagger-ui-bundle.js')).text()).toContain(
      'window.SwaggerUIBundle',
    );
  });

  it('every link of the page resolves to a served route from …/docs, and …/docs/ redirects there', async () => {
    const html = await (await get(withRenderer, '/docs')).text();
    const links = resolvedLinks(html, 'http://portal.test/api/docs');
    expect(links).toEqual(
      expect.arrayContaining([
        '/api/openapi.json',
        '/api/docs/assets/swagger-ui-bundle.js',
        '/api/docs/assets/swagger-ui.css',
        '/api/docs/assets/init.js',
      ]),
    );
    for (const link of links)
      expect((await get(withRenderer, link.replace(/^\/api/, ''))).status).toBe(200);
    const slash = await get(withRenderer, '/docs/');
    expect(slash.status).toBe(308);
    expect(new URL(slash.headers.get('location')!, 'http://portal.test/api/docs/').pathname).toBe(
      '/api/docs',
    );
  });

  it('init.js starts Swagger UI on the document beside the page, with try-it-out aimed at the API that served it', async () => {
    const init = await (await get(withRenderer, '/docs/assets/init.js')).text();
    const spec = { openapi: '3.1.0', servers: [{ url: 'http://127.0.0.1:3000/api' }], paths: {} };
    const fetched: string[] = [];
    let options: { spec: typeof spec; dom_id: string; validatorUrl: null } | undefined;
    const SwaggerUIBundle = Object.assign((o: typeof options) => (options = o), {
      presets: { apis: {} },
    });
    const document = {
      baseURI: 'http://localhost:3000/api/docs',
      getElementById: () => ({ getAttribute: () => 'openapi.json' }),
    };
    const fetch = async (url: string) => (
      fetched.push(url),
      { json: async () => structuredClone(spec) }
    );
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the page's inline script as the browser would
    new Function('document', 'fetch', 'SwaggerUIBundle', 'window', init)(
      document,
      fetch,
      SwaggerUIBundle,
      {},
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetched).toEqual(['http://localhost:3000/api/openapi.json']);
    expect(options).toMatchObject({
      dom_id: '#swagger-ui',
      validatorUrl: null,
      spec: { servers: [{ url: 'http://localhost:3000/api' }] },
    });
  });

  it('the asset routes stay out of the OpenAPI document', () => {
    expect(
      Object.keys(withRenderer.openapi.paths as object).filter((p) => p.startsWith('/docs')),
    ).toEqual(['/docs']);
  });
});

describe('GET /docs without a renderer', () => {
  it('is a script-free page whose openapi.json link resolves under …/docs, and …/docs/ redirects', async () => {
    const response = await get(without, '/docs');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toContain('<script');
    expect(resolvedLinks(html, 'http://portal.test/api/docs')).toEqual(['/api/openapi.json']);
    expect((await get(without, '/docs/assets/init.js')).status).toBe(404);
    expect((await get(without, '/docs/')).headers.get('location')).toBe('../docs');
  });
});

describe('the OpenAPI document', () => {
  const paths = without.openapi.paths as Record<
    string,
    Record<
      string,
      {
        parameters: { name: string; in: string; required: boolean }[];
        responses: Record<string, unknown>;
      }
    >
  >;

  it('declares X-Resume-Token as a required header parameter on every draft route that needs it', () => {
    const draftOps = Object.entries(paths).filter(
      ([path]) => path.startsWith('/v1/registration/drafts/{draftId}') && !path.endsWith('/resume'),
    );
    expect(draftOps.length).toBeGreaterThan(8);
    for (const [, methods] of draftOps) {
      for (const op of Object.values(methods))
        expect(op.parameters).toContainEqual(
          expect.objectContaining({ name: 'X-Resume-Token', in: 'header', required: true }),
        );
    }
  });

  it('lists 422 only on routes that read input: not on GET /v1/registration/terms', () => {
    expect(paths['/v1/registration/terms']!.get!.responses).not.toHaveProperty('422');
    expect(paths['/v1/registration/drafts']!.post!.responses).toHaveProperty('422');
    expect(paths['/v1/registration/drafts/{draftId}']!.get!.responses).toHaveProperty('422');
  });

  it('renderOpenApiPage escapes the title', () => {
    const doc = buildOpenApiDocument([], { title: '<Kabinet>', version: '1' });
    expect(renderOpenApiPage(doc)).toContain('&lt;Kabinet&gt; 1');
  });
});
