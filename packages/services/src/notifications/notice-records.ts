import type { Locale } from '@kabinet/core';
import type { StoreRecord } from '@kabinet/ports';
import type { NoticeKind, NoticeSubject } from './notice-board.js';

/**
 * A channel a notice is announced on (NOTE-1). The text on every channel only points to the
 * notification centre (NOTE-2).
 *
 * @example
 * ```ts
 * const channel: NoticeChannel = 'sms';
 * ```
 */
export type NoticeChannel = 'email' | 'sms' | 'push';

/**
 * The state of one delivery (see `deliveryMachine`): `pending` waits for its `dueAt`,
 * `sending` is claimed by one deliverer until its lease (`dueAt`) lapses, `sent` and `failed`
 * are final.
 *
 * @example
 * ```ts
 * const state: DeliveryState = 'pending';
 * ```
 */
export type DeliveryState = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * A message in a user's notification centre (collection `notices`, owned by the account): the
 * official message itself (NOTE-2); its text is rendered from the catalogue by `code`.
 *
 * @example
 * ```ts
 * const notice: NoticeRecord = { id: 'ntc_1', ownerId: 'acc_1', kind: 'application', code: 'notice.application.submitted', params: {}, critical: false, createdAt: 0, readAt: null };
 * ```
 */
export interface NoticeRecord extends StoreRecord {
  /** The account whose centre holds it. */
  readonly ownerId: string;
  /** The kind of event. */
  readonly kind: NoticeKind;
  /** The catalogue code of its text. */
  readonly code: string;
  /** Values for the text's placeholders. */
  readonly params: Readonly<Record<string, string | number>>;
  /** What it is about. */
  readonly subject?: NoticeSubject;
  /** Security-critical. */
  readonly critical: boolean;
  /** When it appeared in the centre, epoch ms. */
  readonly createdAt: number;
  /** When the user read it, or `null` while unread. */
  readonly readAt: number | null;
}

/**
 * One announcement of a notice on one channel (collection `notice_deliveries`): an outbox row
 * written with the notice; its id is the idempotency key handed to the sender.
 *
 * @example
 * ```ts
 * const delivery: DeliveryRecord = { id: 'ndl_1_sms', ownerId: 'acc_1', noticeId: 'ntc_1', channel: 'sms', critical: false, state: 'pending', dueAt: 0, attempts: 0, createdAt: 0 };
 * ```
 */
export interface DeliveryRecord extends StoreRecord {
  /** The account it goes to. */
  readonly ownerId: string;
  /** The notice it announces. */
  readonly noticeId: string;
  /** The channel. */
  readonly channel: NoticeChannel;
  /** Announces a security-critical notice (falls back to another channel without a contact). */
  readonly critical: boolean;
  /** Where it stands. */
  readonly state: DeliveryState;
  /** Pending: when to send; sending: when the claim lapses; absent once final. */
  readonly dueAt?: number;
  /** Sends tried so far. */
  readonly attempts: number;
  /** When it was written, epoch ms. */
  readonly createdAt: number;
  /** When the gateway accepted it. */
  readonly sentAt?: number;
  /** The channel it actually went out on, when a critical fallback changed it. */
  readonly sentOn?: NoticeChannel;
  /** Why the last try failed (a reason code, never shown to users, no personal data). */
  readonly lastError?: string;
}

/**
 * A notice to appear later (collection `notice_reminders`): it becomes a {@link NoticeRecord}
 * with its deliveries when `dueAt` comes, by the delivery tick or when the user opens the
 * centre. A key names it so it can be replaced or cancelled.
 *
 * @example
 * ```ts
 * const reminder: ReminderRecord = { id: 'nrm_1', ownerId: 'acc_1', dueAt: 86_400_000, noticeId: 'ntc_2', kind: 'appointment', code: 'notice.appointment.reminder', params: {}, critical: false, createdAt: 0 };
 * ```
 */
export interface ReminderRecord extends StoreRecord {
  /** The account. */
  readonly ownerId: string;
  /** When it appears, epoch ms. */
  readonly dueAt: number;
  /** The id the notice will have (fixed in advance, so materialising twice creates it once). */
  readonly noticeId: string;
  /** The kind of event. */
  readonly kind: NoticeKind;
  /** The catalogue code of its text. */
  readonly code: string;
  /** Values for the text's placeholders. */
  readonly params: Readonly<Record<string, string | number>>;
  /** What it is about. */
  readonly subject?: NoticeSubject;
  /** Security-critical. */
  readonly critical: boolean;
  /** Announced elsewhere: it gets no delivery when it appears. */
  readonly announced?: boolean;
  /** The key that replaces or cancels it. */
  readonly key?: string;
  /** When it was scheduled, epoch ms. */
  readonly createdAt: number;
}

/**
 * A user's choice of channels per kind of event (collection `notice_preferences`, id = the
 * account id). Without a record the policy's defaults apply.
 *
 * @example
 * ```ts
 * const prefs: PreferencesRecord = { id: 'acc_1', ownerId: 'acc_1', channels: { application: ['email'], appointment: ['sms'], payment: [], support: ['email'], security: ['sms'] }, locale: 'ru', updatedAt: 0 };
 * ```
 */
export interface PreferencesRecord extends StoreRecord {
  /** The account. */
  readonly ownerId: string;
  /** Channels per kind. */
  readonly channels: Readonly<Record<NoticeKind, readonly NoticeChannel[]>>;
  /** The language of the channel texts. */
  readonly locale: Locale;
  /** When they were last changed, epoch ms. */
  readonly updatedAt: number;
}

/**
 * The collections the notifications area keeps (all durable on PostgreSQL through the
 * versioned store).
 *
 * @example
 * ```ts
 * deps.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices);
 * ```
 */
export const NOTICE_COLLECTIONS = {
  /** The centre's notices ({@link NoticeRecord}). */
  notices: 'notices',
  /** The outbox: one delivery per notice and channel. */
  deliveries: 'notice_deliveries',
  /** Reminders kept until their time comes. */
  reminders: 'notice_reminders',
  /** Each account's channels per kind ({@link PreferencesRecord}). */
  preferences: 'notice_preferences',
} as const;
