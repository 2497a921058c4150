/**
 * After registration: applications with the agency gateway (SVC-1), appointments with held
 * slots and the signed visit QR (SVC-2), support requests with their deadline (SVC-3), and
 * notification preferences with the notification centre (NOTE-1, NOTE-2). Each area is a
 * subpath; this entry re-exports them.
 *
 * @example
 * ```ts
 * import type { ServicesDeps } from '@kabinet/services';
 * ```
 *
 * @module @kabinet/services
 */
export * from './context/index.js';
export * from './applications/index.js';
export * from './appointments/index.js';
export * from './notifications/index.js';
export * from './support/index.js';
