import type { ErrorRequestHandler } from 'express';
import { logServerFault, type ServerFault } from '@kabinet/http';
import { replyToError } from '@kabinet/http/adapter';

/**
 * The last error handler: whatever reaches it becomes a JSON error instead of Express's HTML
 * page. Client-caused errors from other middleware (`status` 4xx, e.g. a body parser's 413)
 * keep their status; a Kabinet `ERR_UNAVAILABLE` (a store or counter that cannot answer, e.g.
 * from a host route calling Kabinet services directly) is `503 http.service_unavailable` with
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
    const reply = replyToError(error, {
      method: req.method,
      acceptLanguage: req.get('accept-language'),
    });
    if (reply.fault !== undefined) {
      if (onError === undefined) logServerFault(reply.fault);
      else onError(error, reply.fault);
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(reply.status).set(reply.headers).json(reply.body);
  };
}
