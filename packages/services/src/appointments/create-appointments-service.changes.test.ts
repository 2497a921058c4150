import { describe, expect, it } from 'vitest';
import { appointmentsFixture, bookPatent, DAY } from '../../test/appointments-fixture.js';

const CUTOFF = 24 * 3_600_000;

describe('appointments: move and cancel', () => {
  for (const [label, before, allowed] of [
    ['24 h − 1 ms', CUTOFF - 1, false],
    ['exactly 24 h', CUTOFF, true],
    ['24 h + 1 ms', CUTOFF + 1, true],
  ] as const) {
    it(`SVC-2: ${label} before the visit a booking can${allowed ? '' : 'not'} be cancelled or moved`, async () => {
      const f = appointmentsFixture();
      const a = await bookPatent(f, 'acc_1', '09:00');
      const b = await bookPatent(f, 'acc_2', '09:00');
      f.clock.set(a.start - before);
      const cancelled = await f.appointments.cancel({ accountId: 'acc_1', appointmentId: a.id });
      const moved = await f.appointments.move({
        accountId: 'acc_2',
        appointmentId: b.id,
        slot: '2027-01-19T11:00',
      });
      if (allowed) {
        expect(cancelled).toMatchObject({ success: true, data: { state: 'cancelled' } });
        expect(moved).toMatchObject({
          success: true,
          data: { state: 'booked', slot: '2027-01-19T11:00' },
        });
      } else {
        expect(cancelled).toEqual({
          success: false,
          issues: [{ code: 'appointment.change_too_late', path: [], params: { hours: 24 } }],
        });
        expect(moved).toEqual({
          success: false,
          issues: [{ code: 'appointment.change_too_late', path: [], params: { hours: 24 } }],
        });
        expect(await f.deps.slots.seatOf(a.slotKey, a.id)).toMatchObject({ state: 'booked' });
      }
    });
  }

  it('SVC-2: a move takes the new seat, frees the old one, re-posts the reminder under the same key and journals both slots', async () => {
    const f = appointmentsFixture();
    const a = await bookPatent(f);
    const moved = await f.appointments.move({
      accountId: 'acc_1',
      appointmentId: a.id,
      slot: '2027-01-20T14:00',
    });
    expect(moved.success).toBe(true);
    if (!moved.success) return;
    expect(moved.data).toMatchObject({
      slotKey: 'mow-1:patent:2027-01-20T14:00',
      start: Date.UTC(2027, 0, 20, 11, 0),
      moves: 1,
      id: a.id,
      number: a.number,
    });
    expect(await f.deps.slots.seatOf(a.slotKey, a.id)).toBeUndefined();
    expect(await f.deps.slots.seatOf(moved.data.slotKey, a.id)).toMatchObject({ state: 'booked' });
    const reminders = f.posted.filter((n) => n.code === 'notice.appointment.reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      notBefore: moved.data.start - DAY,
      key: `appointment:${a.id}:reminder`,
    });
    expect(f.journal.at(-1)).toMatchObject({
      action: 'appointment.moved',
      payload: { from: '2027-01-18T09:00', to: '2027-01-20T14:00' },
    });
    expect(f.posted.map((n) => n.code)).toContain('notice.appointment.moved');
  });

  it('SVC-2: a move to a full slot changes nothing: the old seat stays booked, the record unchanged', async () => {
    const f = appointmentsFixture();
    const a = await bookPatent(f, 'acc_1', '09:00');
    for (const account of ['acc_2', 'acc_3', 'acc_4', 'acc_5'])
      await bookPatent(f, account, '10:00');
    const before = await f.appointments.get({ accountId: 'acc_1', appointmentId: a.id });
    expect(
      await f.appointments.move({
        accountId: 'acc_1',
        appointmentId: a.id,
        slot: '2027-01-18T10:00',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.slot_taken' }] });
    expect(await f.appointments.get({ accountId: 'acc_1', appointmentId: a.id })).toEqual(before);
    expect(await f.deps.slots.seatOf(a.slotKey, a.id)).toMatchObject({ state: 'booked' });
    expect(
      await f.appointments.move({
        accountId: 'acc_1',
        appointmentId: a.id,
        slot: '2027-01-18T09:00',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.same_slot' }] });
  });

  it('SVC-2: cancelling frees the seat for others, withdraws the reminder and posts the cancellation; again changes nothing', async () => {
    const f = appointmentsFixture();
    const a = await bookPatent(f);
    const cancelled = await f.appointments.cancel({ accountId: 'acc_1', appointmentId: a.id });
    expect(cancelled).toMatchObject({ success: true, data: { state: 'cancelled' } });
    expect(cancelled.success && 'dueAt' in cancelled.data).toBe(false);
    expect((await f.deps.slots.taken([a.slotKey])).get(a.slotKey)).toBeUndefined();
    expect(f.posted.map((n) => n.code)).toEqual([
      'notice.appointment.booked',
      'notice.appointment.cancelled',
    ]);
    expect(await f.appointments.cancel({ accountId: 'acc_1', appointmentId: a.id })).toMatchObject({
      success: true,
      data: { state: 'cancelled' },
    });
    expect(f.journal.filter((e) => e.action === 'appointment.cancelled')).toHaveLength(1);
    expect(
      await f.appointments.move({
        accountId: 'acc_1',
        appointmentId: a.id,
        slot: '2027-01-19T09:00',
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.not_allowed', params: { state: 'cancelled' } }],
    });
  });

  it('SVC-2: a hold can be cancelled at any time before it lapses, without a notice', async () => {
    const f = appointmentsFixture();
    const held = await f.appointments.hold({
      accountId: 'acc_1',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-11T10:30',
    });
    expect(held.success).toBe(true);
    expect(
      await f.appointments.cancel({
        accountId: 'acc_1',
        appointmentId: held.success ? held.data.id : '',
      }),
    ).toMatchObject({ success: true, data: { state: 'cancelled' } });
    expect(f.posted).toEqual([]);
  });
});
