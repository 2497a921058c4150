import { isConflict } from '@kabinet/core';
import type { Stored } from '@kabinet/ports';
import type { ServicesDeps } from '../../context/services-deps.js';
import { NOTICE_COLLECTIONS, type NoticeRecord, type ReminderRecord } from '../notice-records.js';
import type { NotificationsPolicy } from '../notifications-policy.js';
import { materialiseNotice } from './materialise-notice.js';

// Turns a due reminder into its notice (with the id fixed when it was scheduled) and removes the
// reminder, in one unit. Exactly once in the centre: a second materialiser finds the notice there
// or loses the version race on the reminder; `false` then.
export async function materialiseReminder(
  deps: Pick<ServicesDeps, 'units' | 'clock'>,
  policy: NotificationsPolicy,
  reminder: Stored<ReminderRecord>,
): Promise<boolean> {
  try {
    return await deps.units.run(async (unit) => {
      const present = await unit
        .versioned<NoticeRecord>(NOTICE_COLLECTIONS.notices)
        .get(reminder.noticeId);
      if (present === undefined) {
        const content = {
          noticeId: reminder.noticeId,
          accountId: reminder.ownerId,
          kind: reminder.kind,
          code: reminder.code,
          params: reminder.params,
          ...(reminder.subject === undefined ? {} : { subject: reminder.subject }),
          critical: reminder.critical,
          ...(reminder.announced === true ? { announced: true } : {}),
        };
        await materialiseNotice(unit, content, deps.clock.now(), policy, reminder.dueAt);
      }
      await unit
        .versioned<ReminderRecord>(NOTICE_COLLECTIONS.reminders)
        .delete(reminder.id, reminder.version);
      return present === undefined;
    });
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}
