/**
 * A framework-agnostic HTTP API over `kabinet`: Web `Request` in, Web `Response` out, request
 * and response bodies as zod schemas, issues as 422 with field paths and ru/en messages, and
 * an OpenAPI 3.1 document generated from the same route table.
 *
 * @example
 * ```ts
 * import { createHttpHandler, defineRoute } from '@kabinet/http';
 * ```
 *
 * @module @kabinet/http
 */
export {
  defineRoute,
  type Route,
  type RouteContext,
  type RouteAccess,
  type RouteResponse,
  type RouteHeader,
  type HttpMethod,
} from './routing/define-route.js';
export {
  createHttpHandler,
  type HttpHandler,
  type HttpHandlerOptions,
  type HttpRequestMeta,
} from './routing/create-http-handler.js';
export { defaultBodyLimits, type BodyLimits, type BodyIssueCode } from './body/read-body.js';
export type { Upload, UploadedFile, UploadIssueCode } from './body/read-upload.js';
export type { CsrfOptions } from './routing/csrf-options.js';
export type { HttpReply } from './responses/http-reply.js';
export type { ErrorBody, IssueBody } from './responses/problem.js';
export { httpMessages } from './responses/http-messages.js';
export {
  createCorrelationId,
  describeFault,
  logServerFault,
  type FaultDescription,
  type ServerFault,
} from './faults/index.js';
export {
  buildOpenApiDocument,
  type OpenApiDocument,
  type OpenApiInfo,
} from './openapi/build-openapi-document.js';
export {
  renderOpenApiPage,
  type OpenApiPageIntegrity,
  type RenderOpenApiPageOptions,
} from './openapi/render-openapi-page.js';
export * from './api/index.js';
export * from './adapter/index.js';
