import type { ErrorRequestHandler } from 'express';
import { KabinetError, renderIssue } from '@kabinet/core';
import { httpMessages, negotiateLocale } from '@kabinet/http';

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
 * with no details.
 *
 * @param onError - called with server faults (500 and 503), for logging
 * @returns the error middleware
 * @example
 * ```ts
 * app.use(jsonErrorHandler((e) => logger.error(e)));
 * ```
 */
export function jsonErrorHandler(onError?: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const unavailable = KabinetError.isInstance(error) && error.code === 'ERR_UNAVAILABLE';
    const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
    const clientError = !unavailable && status >= 400 && status < 500;
    if (!clientError) onError?.(error);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (unavailable) {
      const locale = negotiateLocale(req.get('accept-language') ?? null);
      res
        .status(503)
        .set('retry-after', String(retryAfterSecondsOf(error)))
        .set('cache-control', 'no-store')
        .json({ error: { code: 'service_unavailable', message: renderIssue({ code: 'service_unavailable', path: [] }, locale, httpMessages) } });
      return;
    }
    res.status(clientError ? status : 500).json({ error: { code: clientError ? 'bad_request' : 'internal_error', message: clientError ? 'Bad request' : 'Internal error' } });
  };
}
