import { createId } from '@kabinet/core';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { ServicesDeps } from '../context/services-deps.js';
import { checkDraft } from './_lib/check-draft.js';
import { materialiseNotice, SYSTEM_ACTOR } from './_lib/materialise-notice.js';
import type { NoticeBoard, NoticeDraft } from './notice-board.js';
import { NOTICE_COLLECTIONS, type ReminderRecord } from './notice-records.js';
import { defineNotificationsPolicy } from './define-notifications-policy.js';
import type { NotificationsPolicy } from './notifications-policy.js';

/**
 * Options of {@link createNoticeBoard}.
 *
 * @example
 * ```ts
 * const options: NoticeBoardOptions = { policy: defaultNotificationsPolicy };
 * ```
 */
export interface NoticeBoardOptions {
  /** The notifications policy (default `defaultNotificationsPolicy`); checked. */
  readonly policy?: NotificationsPolicy;
}

const keyOf = (accountId: string, key: string): string => `notice-key:${accountId}:${key}`;

/**
 * The notice board the services post to (NOTE-1, NOTE-2). `post` writes, in the caller's unit,
 * the notice's row in the user's notification centre (collection `notices`) and one pending
 * delivery per channel the user's preferences choose for its kind (collection
 * `notice_deliveries`, an outbox the delivery tick sends), and journals `notice.posted`. A draft
 * with `notBefore` in the future is kept as a reminder (collection `notice_reminders`, journaled
 * `notice.scheduled`) that appears in the centre when due; posting with the `key` of a pending
 * reminder replaces it, `cancel` withdraws it. On PostgreSQL all of it commits with the caller's
 * change, or not at all.
 *
 * @param deps - the clock and randomness (any `ServicesDeps` will do)
 * @param options - the policy
 * @returns the board
 * @throws KabinetError `ERR_CONFIG` for a bad policy; `post` throws `ERR_INVALID_ARGUMENT` for a malformed draft
 * @example
 * ```ts
 * const notices = createNoticeBoard({ clock, random });
 * await units.run(async (unit) => {
 *   await notices.post(unit, { accountId: 'acc_1', kind: 'appointment', code: 'notice.appointment.reminder', notBefore: visitAt - 86_400_000, key: 'appointment:apt_1:reminder' });
 * });
 * ```
 */
export function createNoticeBoard(
  deps: Pick<ServicesDeps, 'clock' | 'random'>,
  options: NoticeBoardOptions = {},
): NoticeBoard {
  const policy = defineNotificationsPolicy(options.policy ?? {});
  const { clock, random } = deps;

  async function cancel(unit: JournaledUnit, accountId: string, key: string): Promise<boolean> {
    const reminders = unit.versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders);
    const pending = await reminders.findByKey(keyOf(accountId, key));
    if (pending === undefined || pending.ownerId !== accountId) return false;
    await reminders.delete(pending.id, pending.version);
    await unit.append({
      actor: SYSTEM_ACTOR,
      action: 'notice.cancelled',
      subject: { type: 'account', id: accountId },
      payload: { reminderId: pending.id, code: pending.code },
    });
    return true;
  }

  return {
    async post(unit: JournaledUnit, draft: NoticeDraft): Promise<void> {
      checkDraft(draft);
      const now = clock.now();
      if (draft.key !== undefined) await cancel(unit, draft.accountId, draft.key);
      const content = {
        accountId: draft.accountId,
        kind: draft.kind,
        code: draft.code,
        params: { ...(draft.params ?? {}) },
        ...(draft.subject === undefined ? {} : { subject: draft.subject }),
        critical: draft.critical === true,
        ...(draft.announced === true ? { announced: true } : {}),
      };
      if (draft.notBefore === undefined || draft.notBefore <= now) {
        await materialiseNotice(
          unit,
          { ...content, noticeId: createId('ntc', now, random) },
          now,
          policy,
        );
        return;
      }
      const reminder: ReminderRecord = {
        id: createId('nrm', now, random),
        ownerId: draft.accountId,
        dueAt: draft.notBefore,
        noticeId: createId('ntc', draft.notBefore, random),
        kind: content.kind,
        code: content.code,
        params: content.params,
        ...(draft.subject === undefined
          ? {}
          : { subject: { type: draft.subject.type, id: draft.subject.id } }),
        critical: content.critical,
        ...(draft.announced === true ? { announced: true } : {}),
        ...(draft.key === undefined ? {} : { key: draft.key }),
        createdAt: now,
      };
      await unit
        .versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders)
        .create(
          reminder,
          draft.key === undefined ? undefined : { uniqueKeys: [keyOf(draft.accountId, draft.key)] },
        );
      await unit.append({
        actor: SYSTEM_ACTOR,
        action: 'notice.scheduled',
        subject: { type: 'account', id: draft.accountId },
        payload: {
          reminderId: reminder.id,
          kind: reminder.kind,
          code: reminder.code,
          dueAt: reminder.dueAt,
        },
      });
    },
    cancel,
  };
}
