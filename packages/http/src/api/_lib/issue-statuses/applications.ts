import type { ApplicationMessageCode } from '@kabinet/services/applications';
import type { IssueStatusTable } from './issue-status-table.js';

/** The applications area's codes (SVC-1), its status labels and its notices. */
export const applicationIssueStatuses: IssueStatusTable<ApplicationMessageCode> = {
  // The authority's callback, the level gate, steps after the hand-over, the duty not paid or its
  // payment already used, and records that are not the caller's.
  'application.callback.malformed': 400,
  'application.callback.signature': 401,
  'application.level_too_low': 403,
  'application.not_editable': 409,
  'application.not_withdrawable': 409,
  'application.transition_not_allowed': 409,
  'application.duty_unpaid': 409,
  'application.duty_already_used': 409,
  'application.not_found': 404,
  'application.certificate_not_found': 404,
  'application.attachment_not_found': 404,
  'application.service_unknown': 404,
  'application.callback.unknown_case': 404,
  // No status of their own: input problems (listed in a 422), labels and notices.
  'application.answer_incomplete': null,
  'application.attachment_kind_unknown': null,
  'application.attachment_required': null,
  'application.field_required': null,
  'application.field_too_large': null,
  'application.field_unknown': null,
  'application.number_checksum': null,
  'application.number_format': null,
  'application.too_many_attachments': null,
  'application.status.approved': null,
  'application.status.draft': null,
  'application.status.info_required': null,
  'application.status.passed': null,
  'application.status.rejected': null,
  'application.status.submitted': null,
  'application.status.under_review': null,
  'application.status.withdrawn': null,
  'notice.application.answered': null,
  'notice.application.approved': null,
  'notice.application.info_reminder': null,
  'notice.application.info_required': null,
  'notice.application.passed': null,
  'notice.application.rejected': null,
  'notice.application.submitted': null,
  'notice.application.under_review': null,
  'notice.application.withdrawn': null,
};
