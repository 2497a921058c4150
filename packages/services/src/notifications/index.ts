/**
 * Notification preferences and the notification centre (NOTE-1, NOTE-2): the notice board the
 * services post to (an inbox row and one outbox delivery per chosen channel, in the caller's
 * unit), reminders that appear when due, and the policy.
 *
 * @example
 * ```ts
 * import { createNoticeBoard } from '@kabinet/services/notifications';
 * const notices = createNoticeBoard({ clock, random });
 * ```
 *
 * @module @kabinet/services/notifications
 */
export type { NoticeBoard, NoticeDraft, NoticeKind, NoticeSubject } from './notice-board.js';
export { createNoticeBoard, type NoticeBoardOptions } from './create-notice-board.js';
export { planChannels } from './plan-channels.js';
export { defineNotificationsPolicy } from './define-notifications-policy.js';
export {
  defaultNotificationsPolicy,
  strictNotificationsPolicy,
  type NotificationsPolicy,
} from './notifications-policy.js';
export { NOTICE_KINDS, NOTICE_CHANNELS } from './notice-kinds.js';
export {
  NOTICE_COLLECTIONS,
  type NoticeChannel,
  type DeliveryState,
  type NoticeRecord,
  type DeliveryRecord,
  type ReminderRecord,
  type PreferencesRecord,
} from './notice-records.js';
export {
  createNotificationCentre,
  type NotificationCentreOptions,
} from './create-notification-centre.js';
export type {
  NotificationCentre,
  NoticeView,
  NoticePage,
  PreferencesView,
  DeliveryReport,
} from './notification-centre.js';
export type { ContactDirectory } from './contact-directory.js';
export {
  applyPreferences,
  type NoticePreferences,
  type PreferencesChange,
} from './apply-preferences.js';
export { computeBackoff } from './compute-backoff.js';
export { deliveryMachine } from './delivery-machine.js';
export { notificationInputSchemas, type NotificationInput } from './notification-input-schemas.js';
export {
  notificationMessages,
  type NotificationIssueCode,
  type NotificationMessageCode,
} from './notification-messages.js';
