import { fail, issue, ok, type Issue, type Locale, type Result } from '@kabinet/core';
import type { NoticeKind } from './notice-board.js';
import { NOTICE_KINDS } from './notice-kinds.js';
import type { NoticeChannel } from './notice-records.js';
import type { NotificationsPolicy } from './notifications-policy.js';
import type { NotificationIssueCode } from './notification-messages.js';

/**
 * A user's channel choice and language (NOTE-1).
 *
 * @example
 * ```ts
 * const prefs: NoticePreferences = { channels: defaultNotificationsPolicy.defaultChannels, locale: 'ru' };
 * ```
 */
export interface NoticePreferences {
  /** Channels per kind. */
  readonly channels: Readonly<Record<NoticeKind, readonly NoticeChannel[]>>;
  /** The language of the channel texts. */
  readonly locale: Locale;
}

/**
 * A change of preferences: the kinds named get exactly the channels given, the others keep
 * theirs; the language when given.
 *
 * @example
 * ```ts
 * const change: PreferencesChange = { channels: { payment: ['email', 'push'] }, locale: 'en' };
 * ```
 */
export interface PreferencesChange {
  /** New channel lists by kind. */
  readonly channels?: Partial<Record<NoticeKind, readonly NoticeChannel[]>>;
  /** The new language. */
  readonly locale?: Locale;
}

/**
 * Applies a change to the current preferences (NOTE-1) and checks the result: a kind the policy
 * requires (`security` by default) keeps at least one channel — otherwise the change is refused
 * with `notifications.preferences.channel_required` at `['channels', kind]` and nothing
 * changes; a channel named twice for a kind is `notifications.preferences.duplicate_channel`.
 * Pure.
 *
 * @param current - the preferences now (the policy's defaults for a user who never chose)
 * @param change - what the user asks for
 * @param policy - which kinds need a channel
 * @returns the new preferences, or the issues
 * @example
 * ```ts
 * applyPreferences(current, { channels: { security: [] } }, defaultNotificationsPolicy);
 * // { success: false, issues: [{ code: 'notifications.preferences.channel_required', path: ['channels', 'security'], params: { kind: 'security' } }] }
 * ```
 */
export function applyPreferences(
  current: NoticePreferences,
  change: PreferencesChange,
  policy: Pick<NotificationsPolicy, 'requiredKinds'>,
): Result<NoticePreferences, NotificationIssueCode> {
  const channels = { ...current.channels } as Record<NoticeKind, readonly NoticeChannel[]>;
  const issues: Issue<NotificationIssueCode>[] = [];
  for (const kind of NOTICE_KINDS) {
    const asked = change.channels?.[kind];
    if (asked === undefined) continue;
    if (new Set(asked).size !== asked.length)
      issues.push(
        issue('notifications.preferences.duplicate_channel', ['channels', kind], { kind }),
      );
    channels[kind] = [...asked];
  }
  for (const kind of policy.requiredKinds) {
    if (channels[kind].length === 0)
      issues.push(
        issue('notifications.preferences.channel_required', ['channels', kind], { kind }),
      );
  }
  if (issues.length > 0) return fail(issues);
  return ok({ channels, locale: change.locale ?? current.locale });
}
