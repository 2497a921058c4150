/**
 * Validators for a foreign citizen's identity data: one subpath per area
 * (`@kabinet/validators/snils`, `/inn`, `/passport`, `/mrz`, `/phone`, …), each with
 * `parseX` → `Result`, `isX`, `formatX` and a zod schema `xSchema`.
 *
 * @module @kabinet/validators
 */
export * from './messages/index.js';
export * from './snils/index.js';
export * from './inn/index.js';
export * from './passport/index.js';
export * from './foreign-passport/index.js';
export * from './mrz/index.js';
export * from './mrz-cross-check/index.js';
export * from './residence-permit/index.js';
export * from './migration-card/index.js';
export * from './visa/index.js';
export * from './document-validity/index.js';
export * from './phone/index.js';
export * from './email/index.js';
export * from './name/index.js';
export * from './date/index.js';
export * from './address/index.js';
export * from './password/index.js';
export * from './file/index.js';
