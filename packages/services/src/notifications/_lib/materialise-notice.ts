import type { JournaledUnit } from '@kabinet/audit/units';
import type { NoticeKind, NoticeSubject } from '../notice-board.js';
import { NOTICE_COLLECTIONS, type DeliveryRecord, type NoticeRecord, type PreferencesRecord } from '../notice-records.js';
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
}

export const SYSTEM_ACTOR = { type: 'system', id: 'notifications' } as const;

// The delivery id is the idempotency key: one per notice and channel, derived, so writing the
// same notice twice can never make a second delivery.
export function deliveryIdOf(noticeId: string, channel: string): string {
  return `ndl_${noticeId.replace(/^ntc_/, '')}_${channel}`;
}

// Writes the centre's row and one pending delivery per chosen channel, in the unit, and journals
// it. A second call for the same notice id fails with the store's ConflictError.
export async function materialiseNotice(unit: JournaledUnit, content: NoticeContent, now: number, policy: NotificationsPolicy): Promise<NoticeRecord> {
  const prefs = await unit.versioned<PreferencesRecord>(NOTICE_COLLECTIONS.preferences).get(content.accountId);
  const channels = planChannels(prefs?.channels, content, policy);
  const notice: NoticeRecord = {
    id: content.noticeId,
    ownerId: content.accountId,
    kind: content.kind,
    code: content.code,
    params: { ...content.params },
    ...(content.subject === undefined ? {} : { subject: { type: content.subject.type, id: content.subject.id } }),
    critical: content.critical,
    createdAt: now,
    readAt: null,
  };
  await unit.versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices).create(notice);
  const deliveries = unit.versioned<DeliveryRecord>(NOTICE_COLLECTIONS.deliveries);
  for (const channel of channels) {
    await deliveries.create({
      id: deliveryIdOf(notice.id, channel),
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
  await unit.append({
    actor: SYSTEM_ACTOR,
    action: 'notice.posted',
    subject: { type: 'account', id: content.accountId },
    payload: { noticeId: notice.id, kind: notice.kind, code: notice.code, critical: notice.critical, channels },
  });
  return notice;
}
