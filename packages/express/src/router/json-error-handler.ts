import type { ErrorRequestHandler } from 'express';

/**
 * The last error handler: whatever reaches it becomes a JSON error instead of Express's HTML
 * page. Client-caused errors from other middleware (`status` 4xx, e.g. a body parser's 413)
 * keep their status; everything else is a 500 with no details.
 *
 * @param onError - called with server faults, for logging
 * @returns the error middleware
 * @example
 * ```ts
 * app.use(jsonErrorHandler((e) => logger.error(e)));
 * ```
 */
export function jsonErrorHandler(onError?: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) onError?.(error);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(clientError ? status : 500).json({ error: { code: clientError ? 'bad_request' : 'internal_error', message: clientError ? 'Bad request' : 'Internal error' } });
  };
}
