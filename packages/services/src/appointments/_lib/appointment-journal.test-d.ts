import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import { accountParty, journal } from './context.js';

declare const unit: JournaledUnit;
const record = { id: 'apt_1', ownerId: 'acc_1', number: 'A7K2M9QX' };
const actor = accountParty('acc_1');

// Every appointment step's payload is the catalogue's (`appointment-journal-actions.ts`);
// `journal` adds the appointment's id and number.
expectTypeOf<JournalPayloadOf<'appointment.no_show'>['start']>().toEqualTypeOf<number>();
void journal(unit, actor, 'no_show', record, { start: 1_800_000_000_000 });
void journal(unit, actor, 'moved', record, { from: 's1', to: 's2', start: 1_800_000_000_000 });

// @ts-expect-error a step's payload misses a field
void journal(unit, actor, 'booked', record, { officeId: 'mow-1', serviceId: 'patent', slot: 's1' });
// @ts-expect-error a cancellation's `from` is an appointment state
void journal(unit, actor, 'cancelled', record, { from: 'lost', slot: 's1' });
// @ts-expect-error a step outside the catalogue
void journal(unit, actor, 'teleported', record, {});
void unit.append({
  actor,
  action: 'appointment.hold_refused',
  subject: actor,
  // @ts-expect-error a direct append is checked too: a refused hold names its reason
  payload: { officeId: 'mow-1', serviceId: 'patent', slot: 's1' },
});
