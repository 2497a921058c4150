/**
 * Validators for a foreign citizen's identity data: one subpath per area
 * (`@kabinet/validators/snils`, `/inn`, `/passport`, `/mrz`, `/phone`, …), each with
 * `parseX` → `Result`, `isX`, `formatX` and a zod schema `xSchema`.
 *
 * @module @kabinet/validators
 */
export * from './messages/index.js';
