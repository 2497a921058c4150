import type { Locale } from '@kabinet/core';
import type { NoticeKind } from './notice-board.js';
import type { NoticeChannel } from './notice-records.js';

/**
 * Every number and default of the notifications area (NOTE-1, NOTE-2). Use
 * {@link defaultNotificationsPolicy} or {@link strictNotificationsPolicy}, or derive one with
 * `defineNotificationsPolicy`.
 *
 * @example
 * ```ts
 * const policy: NotificationsPolicy = { ...defaultNotificationsPolicy, maxAttempts: 5 };
 * ```
 */
export interface NotificationsPolicy {
  /** Channels per kind for a user who has chosen none (NOTE-1). */
  readonly defaultChannels: Readonly<Record<NoticeKind, readonly NoticeChannel[]>>;
  /**
   * Channels a critical notice falls back to, in order: the first when the user's choice for its
   * kind is empty, the next when the account has no contact for a channel.
   */
  readonly criticalChannels: readonly NoticeChannel[];
  /** Kinds whose channel list may never be empty (`security`: a new login, a changed contact or password). */
  readonly requiredKinds: readonly NoticeKind[];
  /** The language of channel texts until the user picks one. */
  readonly defaultLocale: Locale;
  /** Sends tried per delivery before it is marked failed. */
  readonly maxAttempts: number;
  /** Delay before the first retry, ms; doubled each time up to {@link NotificationsPolicy.maxBackoffMs}. */
  readonly backoffMs: number;
  /** Longest delay between retries, ms. */
  readonly maxBackoffMs: number;
  /** How long a claimed delivery is left to its deliverer before another may send it again, ms. */
  readonly claimLeaseMs: number;
  /** Deliveries handled per tick when the caller does not say. */
  readonly deliveryBatch: number;
  /** Page size of the centre when none is asked for. */
  readonly defaultPageSize: number;
  /** Largest page of the centre. */
  readonly maxPageSize: number;
  /** Re-reads after a version conflict (S-15) before the conflict is passed on. */
  readonly conflictRetries: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/**
 * The defaults: applications and support by e-mail and push, appointments by SMS and push
 * (reminders reach a phone), payments by e-mail, security by SMS and e-mail; critical notices fall
 * back to SMS then e-mail; 6 tries with backoff from 30 s doubling to 1 h; a claim lasts 2
 * minutes; 20 per page, at most 100.
 *
 * @example
 * ```ts
 * defaultNotificationsPolicy.defaultChannels.security; // ['sms', 'email']
 * ```
 */
export const defaultNotificationsPolicy: NotificationsPolicy = {
  defaultChannels: {
    application: ['email', 'push'],
    appointment: ['sms', 'push'],
    payment: ['email'],
    support: ['email', 'push'],
    security: ['sms', 'email'],
  },
  criticalChannels: ['sms', 'email', 'push'],
  requiredKinds: ['security'],
  defaultLocale: 'ru',
  maxAttempts: 6,
  backoffMs: 30 * SECOND,
  maxBackoffMs: 60 * MINUTE,
  claimLeaseMs: 2 * MINUTE,
  deliveryBatch: 50,
  defaultPageSize: 20,
  maxPageSize: 100,
  conflictRetries: 4,
};

/**
 * A stricter preset: every kind needs at least one channel, fewer tries (4) with a shorter
 * longest delay (15 min), so a dead gateway is reported sooner.
 *
 * @example
 * ```ts
 * strictNotificationsPolicy.requiredKinds.length; // 5
 * ```
 */
export const strictNotificationsPolicy: NotificationsPolicy = {
  ...defaultNotificationsPolicy,
  requiredKinds: ['application', 'appointment', 'payment', 'support', 'security'],
  maxAttempts: 4,
  maxBackoffMs: 15 * MINUTE,
};
