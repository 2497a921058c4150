/**
 * Notification preferences and the notification centre (NOTE-1, NOTE-2).
 *
 * @example
 * ```ts
 * import type { NoticeBoard } from '@kabinet/services/notifications';
 * ```
 *
 * @module @kabinet/services/notifications
 */
export type { NoticeBoard, NoticeDraft, NoticeKind, NoticeSubject } from './notice-board.js';
