import { mergeCatalogues, type MessageCatalogue } from '@kabinet/core';
import { kabinetMessages, type Kabinet } from 'kabinet';
import { defaultBodyLimits, type BodyLimits } from '../body/read-body.js';
import {
  buildOpenApiDocument,
  type OpenApiDocument,
  type OpenApiInfo,
} from '../openapi/build-openapi-document.js';
import { renderOpenApiPage } from '../openapi/render-openapi-page.js';
import { SWAGGER_UI_INIT } from '../_lib/swagger-ui-init.js';
import { httpMessages } from '../responses/http-messages.js';
import { createHttpHandler, type HttpHandler } from '../routing/create-http-handler.js';
import type { Route } from '../routing/define-route.js';
import type { ServerFault } from '../faults/server-fault.js';
import { authRoutes } from './_lib/auth-routes.js';
import { contactRoutes } from './_lib/contact-routes.js';
import { readCookie } from '../_lib/read-cookie.js';
import type { CookieSettings } from './_lib/cookies.js';
import { identityRoutes } from './_lib/identity-routes.js';
import { journalRoutes } from './_lib/journal-routes.js';
import { paymentRoutes } from './_lib/payment-routes.js';
import { applicationRoutes } from './_lib/application-routes.js';
import { appointmentRoutes } from './_lib/appointment-routes.js';
import { registrationRoutes } from './_lib/registration-routes.js';
import { sessionRoutes } from './_lib/session-routes.js';
import { supportRoutes } from './_lib/support-routes.js';
import { supportRequestRoutes } from './_lib/support-request-routes.js';
import { notificationRoutes } from './_lib/notification-routes.js';
import { kabinetRoute, type ApiTools } from './_lib/tools.js';
import type { KabinetPrincipal } from './kabinet-principal.js';

/** A support operator as the {@link KabinetHttpOptions.operators} hook recognises one. */
export interface KabinetOperator {
  /** The operator's id, recorded in the journal as `support:<operatorId>` (letters, digits, `_.:-`). */
  readonly operatorId: string;
}

/** Cookie sessions for browsers (see {@link KabinetHttpOptions.cookies}). */
export interface KabinetCookieOptions {
  /** Where the API is mounted, the cookies' `Path` (default `/`). */
  readonly path?: string;
  /** Send cookies with `Secure` (default `true`; `false` only for plain-HTTP development). */
  readonly secure?: boolean;
  /** `SameSite` of the cookies (default `Lax`). */
  readonly sameSite?: 'Strict' | 'Lax';
}

/**
 * The Swagger UI files the API reference page loads, as the `swagger-ui-dist` package ships
 * them (read them from its folder at start-up: `@kabinet/http` does not bundle the 2 MB renderer).
 */
export interface ApiReferenceRenderer {
  /** The text of `swagger-ui-bundle.js`. */
  readonly script: string;
  /** The text of `swagger-ui.css`. */
  readonly stylesheet: string;
}

/** The API reference (see {@link KabinetHttpOptions.docs}). */
export interface KabinetDocsOptions {
  /**
   * The Swagger UI files: `GET /docs` then renders the whole document with try-it-out, the
   * files served at `/docs/assets/…`. Without them `/docs` only links `openapi.json`.
   */
  readonly renderer?: ApiReferenceRenderer;
}

/** Options of {@link createKabinetHttp}. */
export interface KabinetHttpOptions {
  /**
   * Recognises support operators (your staff sign-in: SSO, mTLS, a gateway header you
   * trust). Without it no request is an operator and the support routes answer 401/403.
   */
  readonly operators?: (request: Request) => Promise<KabinetOperator | undefined>;
  /**
   * Cookie sessions for browsers (`transport: "cookie"` at login): HttpOnly session and
   * refresh cookies plus a double-submit CSRF token. `path` is where the API is mounted
   * (default `/`); `secure` defaults to `true` (set `false` only for plain-HTTP development).
   * `false` turns cookie sessions off (bearer tokens only).
   */
  readonly cookies?: KabinetCookieOptions | false;
  /** JSON body limits (default 64 KiB, depth 16). */
  readonly bodyLimits?: BodyLimits;
  /** Largest upload body with scans (default 16 MiB; each file is further held to the file policy, 5 MB by default). */
  readonly uploadMaxBytes?: number;
  /** Title, version and servers of the OpenAPI document. */
  readonly openapi?: Partial<OpenApiInfo>;
  /**
   * Serve `GET /openapi.json` and the reference page `GET /docs` (default `true`); an object
   * also gives the Swagger UI files the page renders with ({@link KabinetDocsOptions}).
   */
  readonly docs?: boolean | KabinetDocsOptions;
  /** The path prefix the handler sees before the routes (default `''`; Express routers strip the mount path). */
  readonly basePath?: string;
  /** Messages of your own issue codes, merged over Kabinet's. */
  readonly catalogue?: MessageCatalogue;
  /** Extra routes of your portal, served and documented with Kabinet's. */
  readonly routes?: readonly Route<KabinetPrincipal>[];
  /**
   * Called with every error a route throws — a fault (500), a dependency that cannot answer or
   * hashing at capacity (503) — with its correlation id, status, method and route
   * (`ServerFault`): log it. Without it every 5xx is logged by `logServerFault` (one JSON
   * line on stderr, nothing personal).
   */
  readonly onError?: (error: unknown, request: Request, fault: ServerFault) => void;
}

/** What {@link createKabinetHttp} returns. */
export interface KabinetHttp {
  /** Web `Request` → `Response`; mount it with `@kabinet/express` or any framework. */
  readonly handler: HttpHandler;
  /** Every route (method, path, schemas, access, handler). */
  readonly routes: readonly Route<KabinetPrincipal>[];
  /** The OpenAPI 3.1 document generated from the same routes and schemas. */
  readonly openapi: OpenApiDocument;
}

// The page without a renderer: no scripts at all.
const DOCS_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The Swagger UI page: scripts only from this origin (the two files, each also pinned by its
// integrity hash in the page), styles from this origin plus the inline styles Swagger UI sets on
// elements, its SVG icons as data: URLs, and requests (the document, try-it-out) to this origin.
const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

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
 * Every use case of `kabinet` as an HTTP endpoint: registration drafts, documents with scans,
 * contact codes, login with a second factor, sessions, contacts with history and restore,
 * identity confirmation, the journal and login log, payments with provider callbacks, and
 * support operations for operators. Bodies are checked by zod schemas; issues come back as
 * 422 with field paths and messages in the language of `Accept-Language`; every login
 * failure is one uniform 401 (S-8); limits are 429 with `Retry-After`; no client input
 * produces a 5xx (S-17). Callers authenticate with `Authorization: Bearer <access token>` or
 * the `kabinet_session` cookie plus the `X-CSRF-Token` header.
 *
 * @param kabinet - the services from `createKabinet(config)`
 * @param options - operators, cookies, limits, document info
 * @returns the handler, the routes and the OpenAPI document
 * @example
 * ```ts
 * import express from 'express';
 * import { createKabinet } from 'kabinet';
 * import { createKabinetHttp } from '@kabinet/http';
 * import { createKabinetRouter } from '@kabinet/express';
 *
 * const kabinet = createKabinet(config);
 * const { handler } = createKabinetHttp(kabinet, { cookies: { path: '/api' } });
 * const app = express();
 * app.use('/api', createKabinetRouter({ handler }));
 * ```
 */
export function createKabinetHttp(kabinet: Kabinet, options: KabinetHttpOptions = {}): KabinetHttp {
  const catalogue = mergeCatalogues(
    kabinetMessages,
    httpMessages,
    ...(options.catalogue === undefined ? [] : [options.catalogue]),
  );
  const cookies: CookieSettings | false =
    options.cookies === false
      ? false
      : (() => {
          const path = normalizePath(options.cookies?.path ?? '/');
          return {
            session: 'kabinet_session',
            refresh: 'kabinet_refresh',
            csrf: 'kabinet_csrf',
            path,
            refreshPath: `${path === '/' ? '' : path}/v1/sessions/refresh`,
            secure: options.cookies?.secure ?? true,
            sameSite: options.cookies?.sameSite ?? 'Lax',
          };
        })();
  const tools: ApiTools = {
    kabinet,
    catalogue,
    cookies,
    uploadMaxBytes: options.uploadMaxBytes ?? 16 * 1024 * 1024,
    now: () => kabinet.clock.now(),
  };
  const routes: Route<KabinetPrincipal>[] = [
    ...registrationRoutes(tools),
    ...authRoutes(tools),
    ...sessionRoutes(tools),
    ...contactRoutes(tools),
    ...identityRoutes(tools),
    ...journalRoutes(tools),
    ...paymentRoutes(tools),
    ...applicationRoutes(tools),
    ...appointmentRoutes(tools),
    ...supportRoutes(tools),
    ...supportRequestRoutes(tools),
    ...notificationRoutes(tools),
    ...(options.routes ?? []),
  ];
  const info: OpenApiInfo = {
    title: options.openapi?.title ?? 'Kabinet API',
    version: options.openapi?.version ?? '0.1.0',
    description:
      options.openapi?.description ??
      'The personal account of foreign citizens and residence-permit holders: registration, contacts, identity confirmation, login with two factors, sessions, journal and state-duty payments.',
    ...(options.openapi?.servers === undefined ? {} : { servers: options.openapi.servers }),
  };
  let openapi = buildOpenApiDocument(routes, info);
  const renderer = typeof options.docs === 'object' ? options.docs.renderer : undefined;
  // A source map comment would make browsers ask for a file that is not served.
  const assets =
    renderer === undefined
      ? undefined
      : {
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
  let page: Promise<string> | undefined;
  const renderPage = (): Promise<string> =>
    (page ??= (async () => {
      if (assets === undefined) return renderOpenApiPage(openapi);
      const [script, stylesheet, init] = await Promise.all(
        [
          assets['swagger-ui-bundle.js'].body,
          assets['swagger-ui.css'].body,
          assets['init.js'].body,
        ].map(integrityOf),
      );
      return renderOpenApiPage(openapi, {
        integrity: { script: script!, stylesheet: stylesheet!, init: init! },
      });
    })());
  if (options.docs !== false) {
    routes.push(
      kabinetRoute({
        operationId: 'getOpenApiDocument',
        method: 'GET',
        path: '/openapi.json',
        summary: 'This API as an OpenAPI 3.1 document',
        tags: ['meta'],
        access: 'public',
        responses: { 200: { description: 'The document' } },
        handle: async () => ({ status: 200, body: openapi }),
      }),
      kabinetRoute({
        operationId: 'getApiReference',
        method: 'GET',
        path: '/docs',
        summary: 'The API reference page (HTML)',
        tags: ['meta'],
        access: 'public',
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
    );
    openapi = buildOpenApiDocument(routes, info);
    // The renderer's files: served, not documented.
    for (const [name, asset] of Object.entries(assets ?? {})) {
      routes.push(
        kabinetRoute({
          operationId: `getApiReferenceAsset_${name.replace(/\W/g, '_')}`,
          method: 'GET',
          path: `/docs/assets/${name}`,
          summary: `API reference file ${name}`,
          tags: ['meta'],
          access: 'public',
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
    }
  }

  const handler = createHttpHandler<KabinetPrincipal>({
    routes,
    catalogue,
    basePath: options.basePath ?? '',
    bodyLimits: options.bodyLimits ?? defaultBodyLimits,
    csrf:
      cookies === false
        ? false
        : { sessionCookie: cookies.session, csrfCookie: cookies.csrf, csrfHeader: 'x-csrf-token' },
    isOperator: (principal) => principal.kind === 'operator',
    authenticate: async (request) => {
      const authorization = request.headers.get('authorization');
      if (authorization !== null && /^bearer\s+/i.test(authorization)) {
        const token = authorization
          .replace(/^bearer\s+/i, '')
          .trim()
          .slice(0, 4096);
        const r = await kabinet.sessions.authenticate(token);
        if (r.success) return { kind: 'account', auth: r.data, via: 'bearer' };
      } else if (cookies !== false) {
        const token = readCookie(request.headers.get('cookie'), cookies.session);
        if (token !== undefined) {
          const r = await kabinet.sessions.authenticate(token.slice(0, 4096));
          if (r.success) return { kind: 'account', auth: r.data, via: 'cookie' };
        }
      }
      const operator = await options.operators?.(request);
      return operator === undefined
        ? undefined
        : { kind: 'operator', operatorId: operator.operatorId };
    },
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  return { handler, routes, openapi };
}

function normalizePath(path: string): string {
  const trimmed = `/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
  return trimmed === '' ? '/' : trimmed;
}
