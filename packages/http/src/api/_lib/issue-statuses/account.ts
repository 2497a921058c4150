import type { IssueStatusTable } from './issue-status-table.js';

/**
 * `@kabinet/account`'s codes: login, sessions, registration, contacts, identity, and the notices
 * it sends. Keyed by `string`: `@kabinet/http` does not depend on `@kabinet/account`, whose
 * `AccountMessageCode` would close it (the test checks every code).
 */
export const accountIssueStatuses: IssueStatusTable<string> = {
  // S-8: every login failure is this one answer.
  'auth.invalid_credentials': 401,
  'auth.login_expired': 401,
  'session.invalid': 401,
  'session.invalid_token': 401,
  'session.level_changed': 401,
  'session.reauth_required': 403,
  'account.not_usable': 403,
  'account.restricted': 403,
  'identity.level_required': 403,
  'auth.unlock_unavailable': 403,
  // Limits: answered with Retry-After (S-4, S-5, S-7).
  'auth.retry_later': 429,
  'auth.send_cooldown': 429,
  'auth.send_capped': 429,
  'auth.send_ip_capped': 429,
  'auth.code_blocked': 429,
  // State conflicts the client can resolve by reloading.
  'identity.check_open': 409,
  'registration.already_created': 409,
  // No such record, or not the caller's (never said which): declared one by one, no
  // `*_not_found` guess.
  'account.not_found': 404,
  'document.not_found': 404,
  'identity.check_not_found': 404,
  'registration.draft_not_found': 404,
  'session.not_found': 404,
  // One person, one account: the document is on another account (which is not said).
  'document.unavailable': 409,
  // Input problems (listed in a 422) and notices.
  'account.policy.invalid': null,
  'auth.code_exhausted': null,
  'auth.code_expired': null,
  'auth.code_wrong': null,
  'auth.method_unavailable': null,
  'auth.recovery_invalid': null,
  'auth.totp_not_enrolled': null,
  'auth.wrong_password': null,
  'contact.unavailable': null,
  'contact.no_pending_change': null,
  'contact.unchanged': null,
  'contact.unknown_version': null,
  'contact.version_erased': null,
  'document.duplicate': null,
  'document.kind_unknown': null,
  'identity.already_confirmed': null,
  'identity.code_expired': null,
  'identity.documents_missing': null,
  'identity.method_unavailable': null,
  'identity.not_applicable': null,
  'identity.wrong_code': null,
  'ip.invalid': null,
  'notice.access_restored': null,
  'notice.account_capped': null,
  'notice.account_locked': null,
  'notice.account_locked_temporarily': null,
  'notice.account_unblocked': null,
  'notice.activation_link': null,
  'notice.already_registered': null,
  'notice.clarification_requested': null,
  'notice.contact_changed': null,
  'notice.identity_confirmed': null,
  'notice.login_alert': null,
  'notice.password_changed': null,
  'notice.second_factor_changed': null,
  'password.reused': null,
  'personal.citizenship_format': null,
  'personal.citizenship_russian': null,
  'registration.contact_confirmed': null,
  'registration.contact_not_set': null,
  'registration.step_missing': null,
  'registration.terms_version': null,
};
