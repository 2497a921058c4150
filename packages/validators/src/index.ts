/**
 * Validators for a foreign citizen's identity data: one subpath per area
 * (`@kabinet/validators/snils`, `/inn`, `/passport`, `/mrz`, `/phone`, …), each with
 * `parseX` → `Result`, `isX`, `formatX` and a zod schema `xSchema`, and the ru/en messages of
 * the area in `/<area>/messages`. This root re-exports everything, with the merged
 * `validatorMessages`.
 *
 * @module @kabinet/validators
 */
export { validatorMessages, type ValidatorIssueCode } from './locales/validator-messages.js';
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
export * from './password-presets/index.js';
export * from './file/index.js';
export * from './schema/index.js';
export * from './snils/messages/index.js';
export * from './inn/messages/index.js';
export * from './passport/messages/index.js';
export * from './foreign-passport/messages/index.js';
export * from './mrz/messages/index.js';
export * from './mrz-cross-check/messages/index.js';
export * from './residence-permit/messages/index.js';
export * from './migration-card/messages/index.js';
export * from './visa/messages/index.js';
export * from './document-validity/messages/index.js';
export * from './phone/messages/index.js';
export * from './email/messages/index.js';
export * from './name/messages/index.js';
export * from './date/messages/index.js';
export * from './address/messages/index.js';
export * from './password/messages/index.js';
export * from './file/messages/index.js';
