import type { RequestHandler } from 'express';

/** Options of {@link securityHeaders}. */
export interface SecurityHeadersOptions {
  /** Send `Strict-Transport-Security` (only behind HTTPS; default `true`). */
  readonly hsts?: boolean;
}

/**
 * Middleware that sets conservative security headers on every response: no sniffing, no
 * framing, no referrer, a deny-all CSP (JSON needs nothing) and HSTS.
 *
 * @param options - whether to send HSTS
 * @returns the middleware
 * @example
 * ```ts
 * app.use(securityHeaders());
 * ```
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): RequestHandler {
  const hsts = options.hsts ?? true;
  return (_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    );
    if (hsts) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    res.removeHeader('x-powered-by');
    next();
  };
}
