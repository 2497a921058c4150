import { z } from 'zod';
import type { NoticeChannel } from './notice-records.js';

// Typed as plain zod types, so the API docs show the union (not zod's enum internals).
const CHANNEL: z.ZodType<NoticeChannel, NoticeChannel> = z.enum(['email', 'sms', 'push']);
const LOCALE: z.ZodType<'ru' | 'en', 'ru' | 'en'> = z.enum(['ru', 'en']);
const CHANNELS = z.array(CHANNEL).max(3);

/**
 * The zod schemas of the notification centre's inputs (everything but the account id, which
 * comes from the caller's session), read with `readInput` (`@kabinet/core`); the HTTP routes
 * use the same schemas, so a wrong type gets the same code there.
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(notificationInputSchemas.preferences, { channels: { security: ['fax'] } });
 * // { success: false, issues: [{ code: 'input.not_one_of', path: ['channels', 'security', 0], … }] }
 * ```
 */
export const notificationInputSchemas = {
  /** `list`: a page of the centre. */
  list: z.object({
    /** Notices per page (default the policy's, at most its maximum). */
    limit: z.number().int().min(1).max(1000).optional(),
    /** The cursor of the previous page. */
    after: z.string().min(1).max(200).optional(),
    /** The language of the texts. */
    locale: LOCALE.optional(),
  }),
  /** `get` and `markRead`: one notice. */
  notice: z.object({
    /** The notice's id. */
    noticeId: z.string().min(1).max(100),
    /** The language of the texts. */
    locale: LOCALE.optional(),
  }),
  /** `setPreferences`: channels per kind and the language. */
  preferences: z.object({
    /** New channel lists by kind (the kinds not named keep theirs). */
    channels: z
      .object({
        /** Application status. */
        application: CHANNELS.optional(),
        /** Appointment confirmations and reminders. */
        appointment: CHANNELS.optional(),
        /** Payments. */
        payment: CHANNELS.optional(),
        /** Support request replies. */
        support: CHANNELS.optional(),
        /** Security: a new login, a changed contact or password. */
        security: CHANNELS.optional(),
      })
      .strict()
      .optional(),
    /** The language of the channel texts. */
    locale: LOCALE.optional(),
  }),
  /** `deliverDue`: how many deliveries one tick handles. */
  deliver: z.object({
    /** At most this many (default the policy's batch). */
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
};

/**
 * What a method of `NotificationCentre` reads with `notificationInputSchemas`: the input
 * type of the schema (still checked at run time: bad input returns issues). The account id
 * comes beside it, from the session.
 *
 * @example
 * ```ts
 * const input: NotificationInput<'notice'> = { noticeId: 'ntc_1', locale: 'en' };
 * ```
 */
export type NotificationInput<K extends keyof typeof notificationInputSchemas> = z.input<
  (typeof notificationInputSchemas)[K]
>;
