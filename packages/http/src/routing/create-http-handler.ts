import { isIP } from 'node:net';
import {
  KabinetError,
  mergeCatalogues,
  readInput,
  type Issue,
  type Locale,
  type MessageCatalogue,
  UnavailableError,
} from '@kabinet/core';
import { defaultBodyLimits, type BodyLimits } from '../body/read-body.js';
import { readJsonBody } from '../body/read-json-body.js';
import { readUpload } from '../body/read-upload.js';
import { passesCsrf } from '../_lib/check-csrf.js';
import type { CsrfOptions } from './csrf-options.js';
import { problem, type ErrorBody } from '../responses/problem.js';
import { toResponse, type HttpReply } from '../responses/http-reply.js';
import { httpMessages } from '../responses/http-messages.js';
import { validationCode } from '../_lib/validation-code.js';
import { createCorrelationId } from '../faults/create-correlation-id.js';
import { logServerFault } from '../faults/log-server-fault.js';
import type { ServerFault } from '../faults/server-fault.js';
import type { Route, RouteContext } from './define-route.js';
import { matchRoute } from './match-route.js';
import { negotiateLocale } from './negotiate-locale.js';

/** Per-request facts only the framework adapter knows: the HTTP layer's request meta (it passes `ip` on to the services' `RequestMeta`). */
export interface HttpRequestMeta {
  /**
   * The client's IP (the adapter applies its `trust proxy` rules). Anything that is not an
   * IPv4 or IPv6 address (a forged `X-Forwarded-For` entry, say) is refused with
   * `400 http.client_ip_invalid` before any route runs, so it is never stored or shown.
   */
  readonly ip: string;
  /**
   * The request method when the Web `Request` cannot carry it: Fetch refuses to build a
   * `Request` for `CONNECT`, `TRACE` and `TRACK`, so an adapter passes such a request as a
   * bodiless `GET` and the real method here. Routing uses it (no route accepts those methods:
   * the answer is `405` with `Allow`, or `404`).
   */
  readonly method?: string;
}

/** Options of {@link createHttpHandler}. */
export interface HttpHandlerOptions<Principal> {
  /** The route table. */
  readonly routes: readonly Route<Principal>[];
  /** Messages for every issue code the routes can return (merged with the HTTP codes). */
  readonly catalogue: MessageCatalogue;
  /** Finds the caller from the request (bearer token or cookie); `undefined` when anonymous. */
  readonly authenticate: (request: Request) => Promise<Principal | undefined>;
  /** Whether a principal is a support operator. */
  readonly isOperator: (principal: Principal) => boolean;
  /** The path prefix the API is mounted under (default `''`). */
  readonly basePath?: string;
  /** Size and depth limits of JSON bodies (default {@link defaultBodyLimits}). */
  readonly bodyLimits?: BodyLimits;
  /**
   * Double-submit CSRF protection for cookie sessions (on by default with the cookie names
   * below); requests authenticated by a bearer token are not affected.
   */
  readonly csrf?: CsrfOptions | false;
  /**
   * Called with every error a route throws (a 500, or a 503 when a store cannot answer or
   * hashing is at capacity) and the fault's correlation id, status, method and route: log it;
   * never put it in the response. Without it each is logged by `logServerFault` (one JSON line
   * on stderr, nothing personal).
   */
  readonly onError?: (error: unknown, request: Request, fault: ServerFault) => void;
}

/** A framework-agnostic request handler: Web `Request` in, Web `Response` out. */
export type HttpHandler = (request: Request, info: HttpRequestMeta) => Promise<Response>;

/** Seconds in `Retry-After` when an `ERR_UNAVAILABLE` error does not say. */
const DEFAULT_RETRY_AFTER_SECONDS = 2;

/** `details.retryAfterSeconds` of an `ERR_UNAVAILABLE` error as whole seconds in 1..3600, else the default. */
function retryAfterSecondsOf(error: KabinetError): number {
  const asked = error.details['retryAfterSeconds'];
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.min(3_600, Math.max(1, Math.ceil(asked)));
}

/** Methods Fetch forbids in a `Request`: an adapter passes them in {@link HttpRequestMeta.method}. */
const FORBIDDEN_BY_FETCH = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Thrown Kabinet errors the client can act on. Everything else is a 500 — `ERR_INVALID_ARGUMENT`
 * included: a port or service called with malformed arguments is a programming error, not
 * user input (input problems come back as issues, never thrown), so it is logged with its
 * correlation id and the client sees no internal message.
 */
const STATUS_BY_ERROR: Readonly<Record<string, number>> = {
  ERR_NOT_FOUND: 404,
  ERR_CONFLICT: 409,
  ERR_INVALID_STATE: 409,
};

/**
 * Builds the HTTP handler: matches the route, checks access, reads and validates the body
 * within limits, runs the handler, and maps every outcome to a status — issues to 422 with
 * messages in the client's language (`Accept-Language`), body problems to 400/413/415,
 * Kabinet errors to 404/409, `ERR_UNAVAILABLE` (a store, counter or provider that cannot
 * answer) to `503 http.service_unavailable` with `Retry-After` (fail closed: never a decision,
 * never a 500), and only genuine server faults to 500 (S-17). A method no route has is `405`
 * with `Allow` (or `404` when no route has the path), never a fault. Every 5xx carries a
 * correlation id (`X-Correlation-Id` and `error.correlationId`) and is logged with it
 * (`onError`, else `logServerFault`). A client IP that is not an IP address is `400
 * http.client_ip_invalid`.
 *
 * @param options - routes, catalogue, authentication and limits
 * @returns the handler
 * @example
 * ```ts
 * const handle = createHttpHandler({ routes, catalogue, authenticate, isOperator: (p) => p.role === 'operator' });
 * const response = await handle(new Request('http://localhost/v1/ping'), { ip: '127.0.0.1' });
 * ```
 */
export function createHttpHandler<Principal>(options: HttpHandlerOptions<Principal>): HttpHandler {
  const catalogue = mergeCatalogues(options.catalogue, httpMessages);
  const limits = options.bodyLimits ?? defaultBodyLimits;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const csrf = options.csrf ?? {
    sessionCookie: 'kabinet_session',
    csrfCookie: 'kabinet_csrf',
    csrfHeader: 'x-csrf-token',
  };

  return async (request, info) => {
    const locale = negotiateLocale(request.headers.get('accept-language'));
    const method = methodOf(request, info);
    const matched: { route?: string } = {};
    try {
      return toResponse(await dispatch(request, info, method, locale, matched));
    } catch (error) {
      const unavailable = UnavailableError.isInstance(error);
      const status = unavailable
        ? 503
        : KabinetError.isInstance(error)
          ? (STATUS_BY_ERROR[error.code] ?? 500)
          : 500;
      // Every thrown error gets a correlation id the client sees and the log line carries.
      const correlationId = createCorrelationId();
      const fault: ServerFault = { correlationId, status, method, ...matched, error };
      if (options.onError !== undefined) options.onError(error, request, fault);
      else if (status >= 500) logServerFault(fault);
      const headers: Record<string, string> = { 'x-correlation-id': correlationId };
      // Fail closed (DESIGN 8): a store, counter or provider that cannot answer is a 503 the
      // client may retry, never a 500 and never a decision.
      if (unavailable) headers['retry-after'] = String(retryAfterSecondsOf(error));
      const code = unavailable
        ? 'http.service_unavailable'
        : status === 409
          ? 'http.conflict'
          : status === 404
            ? 'http.not_found'
            : 'http.internal_error';
      const reply = problem(status, code, locale, catalogue, [], headers);
      return toResponse({
        ...reply,
        body: { error: { ...(reply.body as ErrorBody).error, correlationId } },
      });
    }
  };

  async function dispatch(
    request: Request,
    info: HttpRequestMeta,
    method: string,
    locale: Locale,
    matched: { route?: string },
  ): Promise<HttpReply> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(basePath))
      return problem(404, 'http.not_found', locale, catalogue);
    // HEAD is answered like GET (the adapter sends no body for it).
    const match = matchRoute(
      options.routes,
      method === 'HEAD' ? 'GET' : method,
      url.pathname.slice(basePath.length) || '/',
    );
    if (match.kind === 'not_found') return problem(404, 'http.not_found', locale, catalogue);
    if (match.kind === 'method_not_allowed') {
      const allowed = [
        ...new Set(match.allowed.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))),
      ];
      return problem(405, 'http.method_not_allowed', locale, catalogue, [], {
        allow: allowed.join(', '),
      });
    }
    const { route, params } = match;
    matched.route = route.operationId;
    // The client IP is stored with sessions and attempts and shown in the login log: only an address is accepted.
    if (typeof info.ip !== 'string' || isIP(info.ip) === 0)
      return problem(400, 'http.client_ip_invalid', locale, catalogue);
    if (csrf !== false && !passesCsrf(request, csrf))
      return problem(403, 'http.csrf_failed', locale, catalogue);

    let principal: Principal | undefined;
    if (route.access !== 'public') {
      principal = await options.authenticate(request);
      if (principal === undefined) return problem(401, 'http.unauthorized', locale, catalogue);
      if (route.access === 'operator' && !options.isOperator(principal))
        return problem(403, 'http.forbidden', locale, catalogue);
    }

    let body: unknown = undefined;
    const maxBytes = route.maxBodyBytes ?? limits.maxBytes;
    if (route.bodyKind === 'binary') {
      const upload = await readUpload(request, maxBytes);
      if (!upload.success) return bodyProblem(upload.issues, locale);
      body = upload.data;
    } else if (route.body !== undefined) {
      const json = await readJsonBody(request, { ...limits, maxBytes });
      if (!json.success) return bodyProblem(json.issues, locale);
      const checked = readInput(route.body, json.data);
      if (!checked.success)
        return problem(422, validationCode(checked.issues), locale, catalogue, checked.issues);
      body = checked.data;
    }

    const context: RouteContext<unknown, Principal> = {
      request,
      body,
      params,
      query: url.searchParams,
      locale,
      ip: info.ip,
      userAgent: (request.headers.get('user-agent') ?? '').slice(0, 256),
      principal,
      problem: (status, code, issues = [], headers) =>
        problem(status, code, locale, catalogue, issues, headers),
    };
    const reply = await route.handle(context);
    return reply;
  }

  function methodOf(request: Request, info: HttpRequestMeta): string {
    const told = typeof info.method === 'string' ? info.method.toUpperCase() : undefined;
    // The adapter's word counts only where the Request could not carry the method.
    return told !== undefined && FORBIDDEN_BY_FETCH.has(told) ? told : request.method;
  }

  function bodyProblem(issues: readonly Issue[], locale: Locale): HttpReply {
    const first = issues[0]!;
    const status =
      first.code === 'body.too_large'
        ? 413
        : first.code === 'body.unsupported_media_type'
          ? 415
          : 400;
    return problem(status, first.code, locale, catalogue, issues);
  }
}
