import { KabinetError, UnavailableError, renderIssue } from '@kabinet/core';
import { createCorrelationId } from '../faults/create-correlation-id.js';
import type { ServerFault } from '../faults/server-fault.js';
import { httpMessages } from '../responses/http-messages.js';
import type { ErrorBody } from '../responses/problem.js';
import { negotiateLocale } from '../routing/negotiate-locale.js';

/** What a framework adapter sends for an error: status, headers and the JSON body. */
export interface AdapterErrorReply {
  /** The HTTP status: the error's own 4xx, 503 for `ERR_UNAVAILABLE`, else 500. */
  readonly status: number;
  /** Headers to set (`Cache-Control`, `X-Correlation-Id`, `Retry-After` where they apply). */
  readonly headers: Readonly<Record<string, string>>;
  /** `{ error: { code, message, correlationId? } }`, the message in the client's language. */
  readonly body: ErrorBody;
  /** For a 5xx: the fault to log (its correlation id is in the headers and the body). */
  readonly fault?: ServerFault;
}

/** The request facts {@link replyToError} reads. */
export interface AdapterRequestFacts {
  /** The request method, for the fault's log line. */
  readonly method: string;
  /** The `Accept-Language` header, if any (Russian by default). */
  readonly acceptLanguage?: string | null | undefined;
}

/** `Retry-After` seconds of an `ERR_UNAVAILABLE` error: its `retryAfterSeconds` as whole seconds in 1..3600, else 2. */
function retryAfterSecondsOf(error: KabinetError): number {
  const asked = error.details['retryAfterSeconds'];
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return 2;
  return Math.min(3_600, Math.max(1, Math.ceil(asked)));
}

/**
 * The answer to an error that reached a framework's error hook (an Express error handler, a
 * Fastify `setErrorHandler`): a client error another middleware raised (`status` 4xx, e.g. a
 * body parser's 413) keeps its status as `bad_request`; `ERR_UNAVAILABLE` (a store that cannot
 * answer) is `503 http.service_unavailable` with `Retry-After` (fail closed); anything else is `500
 * http.internal_error` with no details. Every 5xx gets a correlation id and a `fault` to log.
 *
 * @param error - what was thrown
 * @param request - the method and `Accept-Language`
 * @returns status, headers, body and, for a 5xx, the fault
 * @example
 * ```ts
 * fastify.setErrorHandler((error, req, reply) => {
 *   const answer = replyToError(error, { method: req.method, acceptLanguage: req.headers['accept-language'] });
 *   if (answer.fault) logServerFault(answer.fault);
 *   reply.code(answer.status).headers(answer.headers).send(answer.body);
 * });
 * ```
 */
export function replyToError(error: unknown, request: AdapterRequestFacts): AdapterErrorReply {
  const unavailable = UnavailableError.isInstance(error);
  const given = (error as { status?: unknown } | null)?.status;
  if (!unavailable && typeof given === 'number' && given >= 400 && given < 500) {
    return {
      status: given,
      headers: { 'cache-control': 'no-store' },
      body: { error: { code: 'bad_request', message: 'Bad request' } },
    };
  }
  const status = unavailable ? 503 : 500;
  const correlationId = createCorrelationId();
  const locale = negotiateLocale(request.acceptLanguage);
  const code = unavailable ? 'http.service_unavailable' : 'http.internal_error';
  return {
    status,
    headers: {
      'cache-control': 'no-store',
      'x-correlation-id': correlationId,
      ...(unavailable ? { 'retry-after': String(retryAfterSecondsOf(error)) } : {}),
    },
    body: {
      error: {
        code,
        message: renderIssue({ code, path: [] }, locale, httpMessages),
        correlationId,
      },
    },
    fault: { correlationId, status, method: request.method, error },
  };
}
