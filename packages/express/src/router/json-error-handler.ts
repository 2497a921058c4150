import type { ErrorRequestHandler } from 'express';
import { KabinetError, renderIssue, UnavailableError } from '@kabinet/core';
import {
  createCorrelationId,
  httpMessages,
  logServerFault,
  negotiateLocale,
  type ServerFault,
} from '@kabinet/http';

/** `Retry-After` seconds of an `ERR_UNAVAILABLE` error: its `retryAfterSeconds` as whole seconds in 1..3600, else 2. */
function retryAfterSecondsOf(error: KabinetError): number {
  const asked = error.details['retryAfterSeconds'];
  if (typeof asked !== 'number' || !Number.isFinite(asked)) return 2;
  return Math.min(3_600, Math.max(1, Math.ceil(asked)));
}

/**
 * The last error handler: whatever reaches it becomes a JSON error instead of Express's HTML
 * page. Client-caused errors from other middleware (`status` 4xx, e.g. a body parser's 413)
 * keep their status; a Kabinet `ERR_UNAVAILABLE` (a store or counter that cannot answer, e.g.
 * from a host route calling Kabinet services directly) is `503 service_unavailable` with
 * `Retry-After` in the client's language (fail closed, DESIGN 8); everything else is a 500
 * with no details. Every 5xx carries a correlation id (`X-Correlation-Id` and
 * `error.correlationId`) and is logged with it: by `onError`, else by `logServerFault` (one
 * JSON line, nothing personal) — never silently.
 *
 * @param onError - called with server faults (500 and 503) and their correlation id, for logging
 * @returns the error middleware
 * @example
 * ```ts
 * app.use(jsonErrorHandler((error, fault) => logger.error({ correlationId: fault.correlationId, error })));
 * ```
 */
export function jsonErrorHandler(
  onError?: (error: unknown, fault: ServerFault) => void,
): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const unavailable = UnavailableError.isInstance(error);
    const given = (error as { status?: unknown } | null)?.status;
    const status = unavailable
      ? 503
      : typeof given === 'number' && given >= 400 && given < 500
        ? given
        : 500;
    if (status < 500) {
      if (res.headersSent) {
        res.end();
        return;
      }
      res.status(status).json({ error: { code: 'bad_request', message: 'Bad request' } });
      return;
    }
    const correlationId = createCorrelationId();
    const fault: ServerFault = { correlationId, status, method: req.method, error };
    if (onError === undefined) logServerFault(fault);
    else onError(error, fault);
    if (res.headersSent) {
      res.end();
      return;
    }
    const locale = negotiateLocale(req.get('accept-language') ?? null);
    const code = unavailable ? 'service_unavailable' : 'internal_error';
    res.status(status).set('cache-control', 'no-store').set('x-correlation-id', correlationId);
    if (unavailable) res.set('retry-after', String(retryAfterSecondsOf(error)));
    res.json({
      error: {
        code,
        message: renderIssue({ code, path: [] }, locale, httpMessages),
        correlationId,
      },
    });
  };
}
