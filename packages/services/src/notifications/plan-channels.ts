import type { NoticeKind } from './notice-board.js';
import type { NoticeChannel } from './notice-records.js';
import type { NotificationsPolicy } from './notifications-policy.js';

/**
 * The channels a notice is announced on (NOTE-1): the user's choice for its kind, or the
 * policy's default for a user who has chosen nothing; a critical notice whose kind has no
 * channel goes to the policy's first critical channel, so it always goes out on at least one.
 * Pure; each channel at most once, in the order chosen.
 *
 * @param chosen - the user's channels per kind, or `undefined` for the defaults
 * @param notice - the notice's kind and whether it is critical
 * @param policy - the defaults and the critical channels
 * @returns the channels, possibly empty for a non-critical notice
 * @example
 * ```ts
 * planChannels(undefined, { kind: 'payment', critical: false }, defaultNotificationsPolicy); // ['email']
 * planChannels({ ...prefs, security: [] }, { kind: 'security', critical: true }, defaultNotificationsPolicy); // ['sms']
 * ```
 */
export function planChannels(
  chosen: Readonly<Record<NoticeKind, readonly NoticeChannel[]>> | undefined,
  notice: { readonly kind: NoticeKind; readonly critical: boolean },
  policy: Pick<NotificationsPolicy, 'defaultChannels' | 'criticalChannels'>,
): NoticeChannel[] {
  const list = [...new Set((chosen ?? policy.defaultChannels)[notice.kind] ?? [])];
  if (list.length === 0 && notice.critical) return policy.criticalChannels.slice(0, 1);
  return list;
}
