import { ISSUE_STATUS } from './_lib/issue-statuses.js';

/**
 * The HTTP status Kabinet answers an issue code with when it decides the whole answer: the
 * transport's own codes (400, 413, 415, 405, …), 401 for failed authentication (one uniform
 * `auth.invalid_credentials` for every login failure, S-8), 403 for a session that may not do
 * this, 404 for a record that is not there or not the caller's, 409 for state conflicts, 429
 * for limits (with `Retry-After`), 503 `http.service_unavailable` when a store or counter cannot
 * answer (with `Retry-After`, fail closed). Other codes are input problems and come back as
 * `422 http.validation_failed` with the issues listed. Every code's status is declared one by one,
 * never guessed from its name; a test fails when a code of the message catalogues has none.
 * (A 422 with a single issue carries that issue's code at the top level instead of
 * `http.validation_failed`.)
 *
 * @param code - an issue code
 * @returns the status, or `undefined` for plain input issues (422)
 * @example
 * ```ts
 * httpStatusOfIssue('auth.send_cooldown'); // 429
 * httpStatusOfIssue('payment.not_found'); // 404
 * httpStatusOfIssue('snils.checksum');    // undefined → 422
 * ```
 */
export function httpStatusOfIssue(code: string): number | undefined {
  return Object.hasOwn(ISSUE_STATUS, code) ? ISSUE_STATUS[code] : undefined;
}
