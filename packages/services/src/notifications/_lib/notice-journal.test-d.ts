import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import type {} from './notice-journal-actions.js';

declare const unit: JournaledUnit;
const actor = { type: 'system', id: 'notifications' };
const subject = { type: 'account', id: 'acc_1' };

// Every `notice.*` entry's payload is the catalogue's (`notice-journal-actions.ts`).
expectTypeOf<JournalPayloadOf<'notice.read_all'>['marked']>().toEqualTypeOf<number>();
void unit.append({ actor, action: 'notice.read', subject, payload: { noticeId: 'ntc_1' } });

void unit.append({
  actor,
  action: 'notice.scheduled',
  subject,
  // @ts-expect-error a scheduled notice names when it appears
  payload: { reminderId: 'rem_1', kind: 'support', code: 'notice.support_request.taken' },
});
void unit.append({
  actor,
  action: 'notice.posted',
  subject,
  payload: {
    noticeId: 'ntc_1',
    // @ts-expect-error a notice kind outside `NoticeKind`
    kind: 'marketing',
    code: 'notice.x',
    critical: false,
    channels: [],
  },
});
