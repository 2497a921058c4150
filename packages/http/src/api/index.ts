/**
 * Kabinet's use cases as HTTP endpoints: {@link createKabinetHttp} builds the handler, the
 * route table and the OpenAPI document from one set of zod schemas; helpers render the HTTP
 * reference and the error-code table from the same sources.
 *
 * @example
 * ```ts
 * import { createKabinetHttp } from '@kabinet/http/api';
 * const { handler, openapi } = createKabinetHttp(kabinet);
 * ```
 *
 * @module @kabinet/http/api
 */
export { createKabinetHttp, type KabinetHttp } from './create-kabinet-http.js';
export type {
  KabinetHttpOptions,
  KabinetOperator,
  KabinetCookieOptions,
  KabinetDocsOptions,
  ApiReferenceRenderer,
} from './kabinet-http-options.js';
export type { KabinetPrincipal } from './kabinet-principal.js';
export { httpStatusOfIssue } from './http-status-of-issue.js';
export { renderHttpReference } from './render-http-reference.js';
export { renderErrorCodeTable, type ErrorCodeTableOptions } from './render-error-code-table.js';
