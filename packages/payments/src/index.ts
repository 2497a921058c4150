/**
 * State duties (госпошлины): payment and attempt state machines, methods with their first-use
 * check, failure reasons, provider status mappings, idempotent out-of-order callbacks, the
 * УИН check and GOST R 56042-2014 payment QR payloads, listing by period and service type;
 * money in integer kopecks. Subpaths: `/money`, `/uin`, `/qr`, `/machine`, `/view`,
 * `/methods`, `/providers`, `/service`, `/messages`; the simulated provider, first-use check
 * and charge source for tests and demos are only in `/testing`, never in the main entry.
 *
 * @example
 * ```ts
 * import { createPaymentsService, defaultPaymentsPolicy } from '@kabinet/payments';
 * import { createSimulatedProvider } from '@kabinet/payments/testing';
 * ```
 *
 * @module @kabinet/payments
 */
export * from './money/index.js';
export * from './uin/index.js';
export * from './qr/index.js';
export * from './machine/index.js';
export * from './view/index.js';
export * from './methods/index.js';
export * from './providers/index.js';
export * from './service/index.js';
export * from './messages/index.js';
