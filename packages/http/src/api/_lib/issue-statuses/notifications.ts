import type { NotificationMessageCode } from '@kabinet/services/notifications';
import type { IssueStatusTable } from './issue-status-table.js';

/** The notification centre's codes, its channel texts and kinds. */
export const notificationIssueStatuses: IssueStatusTable<NotificationMessageCode> = {
  // Another account's notice answers the same as a missing one.
  'notifications.not_found': 404,
  // No status of their own: input problems (listed in a 422), labels and notices.
  'notice.channel.email.subject': null,
  'notice.channel.email.text': null,
  'notice.channel.push.body': null,
  'notice.channel.push.title': null,
  'notice.channel.sms.text': null,
  'notice.generic': null,
  'notice.kind.application': null,
  'notice.kind.appointment': null,
  'notice.kind.payment': null,
  'notice.kind.security': null,
  'notice.kind.support': null,
  'notifications.preferences.channel_required': null,
  'notifications.preferences.duplicate_channel': null,
};
