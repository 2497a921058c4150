import type { NoticeKind } from './notice-board.js';
import type { NoticeChannel } from './notice-records.js';

/**
 * Every kind of event a user chooses channels for, in display order (NOTE-1).
 *
 * @example
 * ```ts
 * NOTICE_KINDS.includes('security'); // true
 * ```
 */
export const NOTICE_KINDS: readonly NoticeKind[] = [
  'application',
  'appointment',
  'payment',
  'support',
  'security',
];

/**
 * Every channel, in display order (NOTE-1).
 *
 * @example
 * ```ts
 * NOTICE_CHANNELS; // ['email', 'sms', 'push']
 * ```
 */
export const NOTICE_CHANNELS: readonly NoticeChannel[] = ['email', 'sms', 'push'];
