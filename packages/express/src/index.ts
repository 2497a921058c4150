/**
 * The Express 5 adapter for Kabinet's HTTP API: a router over `@kabinet/http`, security
 * headers and a JSON error handler.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { createKabinetRouter } from '@kabinet/express';
 * const app = express();
 * app.use('/api', createKabinetRouter({ handler }));
 * ```
 *
 * @module @kabinet/express
 */
export { createKabinetRouter, type KabinetRouterOptions } from './router/create-kabinet-router.js';
export { securityHeaders, type SecurityHeadersOptions } from './router/security-headers.js';
export { jsonErrorHandler } from './router/json-error-handler.js';
