import type { SupportRequestMessageCode } from '@kabinet/services/support';
import type { IssueStatusTable } from './issue-status-table.js';

/** The support requests' codes (SVC-3), their labels and notices. */
export const supportRequestIssueStatuses: IssueStatusTable<SupportRequestMessageCode> = {
  // The request's status does not allow it, it is closed, or full.
  'support_request.not_allowed': 409,
  'support_request.closed': 409,
  'support_request.too_many_messages': 409,
  // No such request, or not the caller's (never said which).
  'support_request.not_found': 404,
  // No status of their own: input problems (listed in a 422), labels and notices.
  'support_request.number_format': null,
  'support_request.status.closed': null,
  'support_request.status.in_progress': null,
  'support_request.status.received': null,
  'support_request.status.resolved': null,
  'support_request.status.waiting_for_user': null,
  'support_request.system.access_restore_started': null,
  'support_request.system.account_unblocked': null,
  'support_request.system.escalated': null,
  'support_request.system.resolved': null,
  'support_request.system.taken': null,
  'support_request.topic.access': null,
  'support_request.topic.applications': null,
  'support_request.topic.appointments': null,
  'support_request.topic.documents': null,
  'support_request.topic.other': null,
  'support_request.topic.payments': null,
  'notice.support_request.access_restore_started': null,
  'notice.support_request.account_unblocked': null,
  'notice.support_request.closed': null,
  'notice.support_request.escalated': null,
  'notice.support_request.info_requested': null,
  'notice.support_request.received': null,
  'notice.support_request.reopened': null,
  'notice.support_request.replied': null,
  'notice.support_request.resolved': null,
  'notice.support_request.taken': null,
};
