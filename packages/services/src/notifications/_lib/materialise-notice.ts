import type { JournaledUnit } from '@kabinet/audit/units';
import type {} from './notice-journal-actions.js';
import type { NoticeKind, NoticeSubject } from '../notice-board.js';
import {
  NOTICE_COLLECTIONS,
  type DeliveryRecord,
  type NoticeRecord,
  type PreferencesRecord,
} from '../notice-records.js';
import type { NotificationsPolicy } from '../notifications-policy.js';
import { planChannels } from '../plan-channels.js';

export interface NoticeContent {
  readonly noticeId: string;
  readonly accountId: string;
  readonly kind: NoticeKind;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly subject?: NoticeSubject;
  readonly critical: boolean;
  readonly announced?: boolean;
}

export const SYSTEM_ACTOR = { type: 'system', id: 'notifications' } as const;

// The delivery id is the idempotency key: one per notice and channel, derived, so writing the
// same notice twice can never make a second delivery.
export function deliveryIdOf(noticeId: string, channel: string): string {
  return `ndl_${noticeId.replace(/^ntc_/, '')}_${channel}`;
}

// Writes one pending delivery per chosen channel and then the centre's row, in the unit, and
// journals it. Deliveries first and each only when absent: on a store without atomic units a
// crash in between is repaired by writing the notice again (its row existing means its deliveries
// do). A second call for the same notice id fails with the store's ConflictError.
export async function materialiseNotice(
  unit: JournaledUnit,
  content: NoticeContent,
  now: number,
  policy: NotificationsPolicy,
  createdAt = now,
): Promise<NoticeRecord> {
  const prefs = await unit
    .versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences)
    .get(content.accountId);
  const channels = content.announced === true ? [] : planChannels(prefs?.channels, content, policy);
  const notice: NoticeRecord = {
    id: content.noticeId,
    ownerId: content.accountId,
    kind: content.kind,
    code: content.code,
    params: { ...content.params },
    ...(content.subject === undefined
      ? {}
      : { subject: { type: content.subject.type, id: content.subject.id } }),
    critical: content.critical,
    createdAt,
    readAt: null,
  };
  const deliveries = unit.versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries);
  for (const channel of channels) {
    const id = deliveryIdOf(notice.id, channel);
    if ((await deliveries.get(id)) !== undefined) continue;
    await deliveries.create({
      id,
      ownerId: content.accountId,
      noticeId: notice.id,
      channel,
      critical: content.critical,
      state: 'pending',
      dueAt: now,
      attempts: 0,
      createdAt: now,
    });
  }
  await unit.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices).create(notice);
  await unit.append({
    actor: SYSTEM_ACTOR,
    action: 'notice.posted',
    subject: { type: 'account', id: content.accountId },
    payload: {
      noticeId: notice.id,
      kind: notice.kind,
      code: notice.code,
      critical: notice.critical,
      channels,
    },
  });
  return notice;
}
