import { mergeCatalogues } from '@kabinet/core';
import { kabinetMessages, type Kabinet } from 'kabinet';
import { defaultBodyLimits } from '../body/read-body.js';
import {
  buildOpenApiDocument,
  type OpenApiDocument,
  type OpenApiInfo,
} from '../openapi/build-openapi-document.js';
import { httpMessages } from '../responses/http-messages.js';
import { createHttpHandler, type HttpHandler } from '../routing/create-http-handler.js';
import type { Route } from '../routing/define-route.js';
import { apiReferenceRoutes } from './_lib/routes/api-reference/api-reference-routes.js';
import { applicationRoutes } from './_lib/routes/applications/application-routes.js';
import { appointmentRoutes } from './_lib/routes/appointments/appointment-routes.js';
import { authRoutes } from './_lib/routes/auth/auth-routes.js';
import { principalAuthenticator } from './_lib/session-transport/authenticate-principal.js';
import { contactRoutes } from './_lib/routes/contacts/contact-routes.js';
import { cookieSettingsOf, CSRF_HEADER } from './_lib/session-transport/cookies.js';
import { identityRoutes } from './_lib/routes/identity/identity-routes.js';
import { journalRoutes } from './_lib/routes/journal/journal-routes.js';
import { notificationRoutes } from './_lib/routes/notifications/notification-routes.js';
import { paymentRoutes } from './_lib/routes/payments/payment-routes.js';
import { registrationRoutes } from './_lib/routes/registration/registration-routes.js';
import { sessionRoutes } from './_lib/routes/sessions/session-routes.js';
import { supportRequestRoutes } from './_lib/routes/support-requests/support-request-routes.js';
import { supportRoutes } from './_lib/routes/support/support-routes.js';
import type { ApiTools } from './_lib/tools.js';
import type { KabinetHttpOptions } from './kabinet-http-options.js';
import type { KabinetPrincipal } from './kabinet-principal.js';

/** What {@link createKabinetHttp} returns. */
export interface KabinetHttp {
  /** Web `Request` → `Response`; mount it with `@kabinet/express` or any framework. */
  readonly handler: HttpHandler;
  /** Every route (method, path, schemas, access, handler). */
  readonly routes: readonly Route<KabinetPrincipal>[];
  /** The OpenAPI 3.1 document generated from the same routes and schemas. */
  readonly openapi: OpenApiDocument;
}

/** Every route group, in the order the document lists them. */
function kabinetRoutes(tools: ApiTools): Route<KabinetPrincipal>[] {
  return [
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
  ];
}

/** The document's title, version, description and servers: the options' own, or Kabinet's. */
function openApiInfoOf(options: KabinetHttpOptions['openapi']): OpenApiInfo {
  return {
    title: options?.title ?? 'Kabinet API',
    version: options?.version ?? '0.1.0',
    description:
      options?.description ??
      'The personal account of foreign citizens and residence-permit holders: registration, contacts, identity confirmation, login with two factors, sessions, journal and state-duty payments.',
    ...(options?.servers === undefined ? {} : { servers: options.servers }),
  };
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
  const cookies = cookieSettingsOf(options.cookies);
  const tools: ApiTools = {
    kabinet,
    catalogue,
    cookies,
    uploadMaxBytes: options.uploadMaxBytes ?? 16 * 1024 * 1024,
    now: () => kabinet.clock.now(),
  };
  const routes = [...kabinetRoutes(tools), ...(options.routes ?? [])];
  const info = openApiInfoOf(options.openapi);
  let openapi = buildOpenApiDocument(routes, info);
  if (options.docs !== false) {
    const renderer = typeof options.docs === 'object' ? options.docs.renderer : undefined;
    const reference = apiReferenceRoutes(() => openapi, renderer);
    routes.push(...reference.documented);
    openapi = buildOpenApiDocument(routes, info);
    // The renderer's files: served, not documented.
    routes.push(...reference.assets);
  }
  const handler = createHttpHandler<KabinetPrincipal>({
    routes,
    catalogue,
    basePath: options.basePath ?? '',
    bodyLimits: options.bodyLimits ?? defaultBodyLimits,
    csrf:
      cookies === false
        ? false
        : { sessionCookie: cookies.session, csrfCookie: cookies.csrf, csrfHeader: CSRF_HEADER },
    isOperator: (principal) => principal.kind === 'operator',
    authenticate: principalAuthenticator(kabinet, cookies, options.operators),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  return { handler, routes, openapi };
}
