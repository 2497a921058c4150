import express, { type Router } from 'express';
import type { HttpHandler, ServerFault } from '@kabinet/http';
import { toWebRequest } from '../_lib/to-web-request.js';
import { sendWebResponse } from '../_lib/send-web-response.js';
import { jsonErrorHandler } from './json-error-handler.js';
import { securityHeaders, type SecurityHeadersOptions } from './security-headers.js';

/** Options of {@link createKabinetRouter}. */
export interface KabinetRouterOptions {
  /** The framework-agnostic handler from `@kabinet/http`. */
  readonly handler: HttpHandler;
  /** Security headers; `false` to leave them to the host app. */
  readonly securityHeaders?: SecurityHeadersOptions | false;
  /**
   * Called with what fails outside the HTTP handler (in this adapter or other middleware on
   * the router) and answers 5xx, with its correlation id; default: `logServerFault`. Faults
   * inside the handler go to `createKabinetHttp`'s `onError`.
   */
  readonly onError?: (error: unknown, fault: ServerFault) => void;
}

/**
 * Mounts Kabinet's HTTP API as an Express 5 router. The router does not parse bodies: it
 * hands the live request stream to the HTTP layer, which enforces size limits while reading
 * and judges uploads by their bytes (S-13). The client IP is Express's `req.ip`, so set the
 * app's `trust proxy` to match your proxies.
 *
 * @param options - the handler and header options
 * @returns the router
 * @example
 * ```ts
 * const app = express();
 * app.set('trust proxy', 'loopback');
 * app.use('/api', createKabinetRouter({ handler: createKabinetHttp(kabinet).handler }));
 * app.listen(3000);
 * ```
 */
export function createKabinetRouter(options: KabinetRouterOptions): Router {
  const router = express.Router();
  if (options.securityHeaders !== false) router.use(securityHeaders(options.securityHeaders ?? {}));
  router.use((req, res, next) => {
    options
      .handler(toWebRequest(req), {
        ip: req.ip ?? req.socket.remoteAddress ?? '0.0.0.0',
        method: req.method,
      })
      .then((response) => sendWebResponse(res, response))
      .catch(next);
  });
  router.use(jsonErrorHandler(options.onError));
  return router;
}
