import type { Locale, Result } from '@kabinet/core';
import type { NoticeKind, NoticeSubject } from './notice-board.js';
import type { NoticeChannel } from './notice-records.js';
import type { NotificationInput } from './notification-input-schemas.js';
import type { NotificationIssueCode } from './notification-messages.js';

/**
 * One message of the notification centre, rendered in the reader's language.
 *
 * @example
 * ```ts
 * const view: NoticeView = { id: 'ntc_1', kind: 'support', title: 'Обращения в поддержку', text: 'Ответ на обращение S-1', critical: false, createdAt: 0, read: false, readAt: null };
 * ```
 */
export interface NoticeView {
  /** The notice's id. */
  readonly id: string;
  /** Its kind. */
  readonly kind: NoticeKind;
  /** Its title (the code's `.title` message, or the kind's name). */
  readonly title: string;
  /** Its text. */
  readonly text: string;
  /** What it is about. */
  readonly subject?: NoticeSubject;
  /** Security-critical. */
  readonly critical: boolean;
  /** When it appeared, epoch ms. */
  readonly createdAt: number;
  /** Whether it has been read. */
  readonly read: boolean;
  /** When it was read. */
  readonly readAt: number | null;
}

/**
 * A page of the centre, newest first, with the account's unread count.
 *
 * @example
 * ```ts
 * const page: NoticePage = { items: [], unread: 0 };
 * ```
 */
export interface NoticePage {
  /** The notices. */
  readonly items: readonly NoticeView[];
  /** Pass as `after` for the next page; absent on the last. */
  readonly nextCursor?: string;
  /** Unread notices of the account (all pages). */
  readonly unread: number;
}

/**
 * A user's notification preferences as shown to them (NOTE-1).
 *
 * @example
 * ```ts
 * const view: PreferencesView = { channels: defaultNotificationsPolicy.defaultChannels, locale: 'ru', chosen: false, requiredKinds: ['security'] };
 * ```
 */
export interface PreferencesView {
  /** Channels per kind. */
  readonly channels: Readonly<Record<NoticeKind, readonly NoticeChannel[]>>;
  /** The language of channel texts. */
  readonly locale: Locale;
  /** `false` while the policy's defaults apply. */
  readonly chosen: boolean;
  /** Kinds that must keep at least one channel. */
  readonly requiredKinds: readonly NoticeKind[];
}

/**
 * What one delivery tick did.
 *
 * @example
 * ```ts
 * const report: DeliveryReport = { materialised: 0, claimed: 2, sent: 2, retried: 0, failed: 0, errors: 0 };
 * ```
 */
export interface DeliveryReport {
  /** Reminders that came due and appeared in the centre. */
  readonly materialised: number;
  /** Deliveries this tick claimed (another instance's claims are skipped). */
  readonly claimed: number;
  /** Accepted by the gateway. */
  readonly sent: number;
  /** Failed retryably and rescheduled. */
  readonly retried: number;
  /** Failed for good. */
  readonly failed: number;
  /** Claimed but not finished (the error went to `onError`; the claim lapses and it is sent again). */
  readonly errors: number;
}

/**
 * The notification centre (NOTE-2) and the delivery of its notices (NOTE-1). Every method
 * takes the account id from the caller's session beside its schema's input type
 * ({@link NotificationInput}), so a misspelled field does not compile; the input is still read
 * with `notificationInputSchemas` at run time and refused with issues, never thrown.
 *
 * @example
 * ```ts
 * const page = await centre.list({ accountId, limit: 20, locale: 'en' });
 * if (page.success) console.log(page.data.unread);
 * ```
 */
export interface NotificationCentre {
  /** A page of the account's centre, newest first, with the unread count; due reminders appear first. */
  list(
    input: { readonly accountId: string } & NotificationInput<'list'>,
  ): Promise<Result<NoticePage, NotificationIssueCode>>;
  /** One notice (`notifications.not_found` for another account's). */
  get(
    input: { readonly accountId: string } & NotificationInput<'notice'>,
  ): Promise<Result<NoticeView, NotificationIssueCode>>;
  /** Marks one notice read (idempotent), journaled `notice.read`. */
  markRead(
    input: { readonly accountId: string } & NotificationInput<'notice'>,
  ): Promise<Result<NoticeView, NotificationIssueCode>>;
  /** Marks every notice of the account read, journaled `notice.read_all`; the number marked. */
  markAllRead(input: { readonly accountId: string }): Promise<
    Result<
      {
        /** How many notices were unread and are read now. */
        readonly marked: number;
      },
      NotificationIssueCode
    >
  >;
  /** The account's preferences (the policy's defaults until chosen). */
  preferences(input: {
    readonly accountId: string;
  }): Promise<Result<PreferencesView, NotificationIssueCode>>;
  /** Changes the preferences (NOTE-1); a required kind left without a channel is refused. */
  setPreferences(
    input: { readonly accountId: string } & NotificationInput<'preferences'>,
  ): Promise<Result<PreferencesView, NotificationIssueCode>>;
  /** One delivery tick: materialises due reminders, then claims, sends and settles due deliveries. */
  deliverDue(
    input?: NotificationInput<'deliver'>,
  ): Promise<Result<DeliveryReport, NotificationIssueCode>>;
  /** Runs {@link NotificationCentre.deliverDue} every `intervalMs` (default 1 s) until `stop`. */
  startDelivery(options?: { readonly intervalMs?: number }): void;
  /** Stops the loop and waits for the running tick. */
  stopDelivery(): Promise<void>;
}
