/**
 * What the services of `@kabinet/services` are built over.
 *
 * @example
 * ```ts
 * import type { ServicesDeps } from '@kabinet/services/context';
 * ```
 *
 * @module @kabinet/services/context
 */
export type { ServicesDeps } from './services-deps.js';
export type { UploadIssueCode } from './upload-issue-code.js';
