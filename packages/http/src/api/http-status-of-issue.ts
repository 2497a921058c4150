/** Issue codes with a status of their own; everything else is 422 (validation) on the way out. */
const STATUS: Readonly<Record<string, number>> = {
  // The transport's own codes (`@kabinet/http`).
  validation_failed: 422,
  not_found: 404,
  method_not_allowed: 405,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  too_many_requests: 429,
  internal_error: 500,
  // Fail closed (DESIGN 8): a store, counter or provider cannot answer now; sent with Retry-After.
  service_unavailable: 503,
  csrf_failed: 403,
  client_ip_invalid: 400,
  'body.too_large': 413,
  'body.malformed_json': 400,
  'body.too_deep': 400,
  'body.unsupported_media_type': 415,
  'body.aborted': 400,
  'upload.missing_file': 400,
  'upload.malformed_multipart': 400,
  'payment.callback.malformed': 400,
  'payment.callback.signature': 401,
  // S-8: every login failure is this one answer.
  'auth.invalid_credentials': 401,
  'auth.login_expired': 401,
  'session.invalid': 401,
  'session.invalid_token': 401,
  'session.level_changed': 401,
  'session.reauth_required': 403,
  'account.not_usable': 403,
  'account.restricted': 403,
  'payment.level_too_low': 403,
  'identity.level_required': 403,
  'auth.unlock_unavailable': 403,
  // Limits: answered with Retry-After (S-4, S-5, S-7).
  'auth.retry_later': 429,
  'auth.send_limited': 429,
  'auth.send_cooldown': 429,
  'auth.send_capped': 429,
  'auth.send_ip_capped': 429,
  'auth.code_blocked': 429,
  'lockout.retry_later': 429,
  'lockout.code_blocked': 429,
  'lockout.code_capped': 429,
  'lockout.send_cooldown': 429,
  'lockout.send_capped': 429,
  'payment.too_many_attempts': 429,
  // State conflicts the client can resolve by reloading.
  'payment.attempt_in_progress': 409,
  'payment.idempotency_key_reused': 409,
  'payment.uin_taken': 409,
  // A charge's state (finding 3): paid already, or withdrawn by its administrator.
  'payment.uin_paid': 409,
  'payment.charge_annulled': 409,
  'identity.check_open': 409,
  'registration.already_created': 409,
  // No such duty in the charge source's catalogue (a charge of another payer is `payment.charge_not_found`, 404 too).
  'payment.duty_unknown': 404,
  // One person, one account: the document is on another account (which is not said).
  'document.unavailable': 409,
};

/**
 * The HTTP status Kabinet answers an issue code with when it decides the whole answer: the
 * transport's own codes (400, 413, 415, 405, …), 401 for failed authentication (one uniform `auth.invalid_credentials` for every login
 * failure, S-8), 403 for a session that may not do this, 404 for `*.not_found`, 409 for
 * state conflicts, 429 for limits (with `Retry-After`), 503 `service_unavailable` when a store
 * or counter cannot answer (with `Retry-After`, fail closed). Other codes are input problems and
 * come back as `422 validation_failed` with the issues listed.
 *
 * @param code - an issue code
 * @returns the status, or `undefined` for plain input issues (422)
 * @example
 * ```ts
 * httpStatusOfIssue('auth.send_limited'); // 429
 * httpStatusOfIssue('payment.not_found'); // 404
 * httpStatusOfIssue('snils.checksum');    // undefined → 422
 * ```
 */
export function httpStatusOfIssue(code: string): number | undefined {
  if (Object.hasOwn(STATUS, code)) return STATUS[code];
  if (code.endsWith('.not_found') || code === 'registration.draft_not_found' || code.endsWith('_not_found')) return 404;
  return undefined;
}
