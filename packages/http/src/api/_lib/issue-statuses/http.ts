import type { httpMessages } from '../../../responses/http-messages.js';
import type { IssueStatusTable } from './issue-status-table.js';

/** The transport's own codes (`@kabinet/http`): routing, sign-in, CSRF, bodies and uploads. */
export const httpIssueStatuses: IssueStatusTable<keyof typeof httpMessages.en> = {
  'http.validation_failed': 422,
  'http.not_found': 404,
  'http.method_not_allowed': 405,
  'http.unauthorized': 401,
  'http.forbidden': 403,
  'http.conflict': 409,
  'http.too_many_requests': 429,
  'http.internal_error': 500,
  // Fail closed (DESIGN 8): a store, counter or provider cannot answer now; sent with Retry-After.
  'http.service_unavailable': 503,
  'http.csrf_failed': 403,
  'http.client_ip_invalid': 400,
  'body.too_large': 413,
  'body.malformed_json': 400,
  'body.too_deep': 400,
  'body.unsupported_media_type': 415,
  'body.aborted': 400,
  'upload.missing_file': 400,
  'upload.malformed_multipart': 400,
};
