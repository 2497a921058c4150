import { describe, expect, it } from 'vitest';
import { appointmentsFixture, bookPatent } from '../../test/appointments-fixture.js';

async function booked() {
  const f = appointmentsFixture();
  const a = await bookPatent(f);
  const pass = await f.appointments.pass({ accountId: 'acc_1', appointmentId: a.id });
  if (!pass.success) throw new Error('no pass');
  return { f, a, pass: pass.data.text };
}

describe('appointments: operator check-in', () => {
  it('SVC-2: scanning the pass on the visit day checks the visitor in, journaled as the operator; a second scan changes nothing', async () => {
    const { f, a, pass } = await booked();
    f.clock.set(a.start - 10 * 60_000);
    const checked = await f.appointments.checkIn({ operatorId: 'op_7', officeId: 'mow-1', pass });
    expect(checked).toMatchObject({
      success: true,
      data: { state: 'checked_in', checkedInBy: 'op_7', checkedInAt: a.start - 10 * 60_000 },
    });
    expect(f.journal.at(-1)).toMatchObject({
      action: 'appointment.checked_in',
      actor: { type: 'operator', id: 'op_7' },
      subject: { type: 'account', id: 'acc_1' },
    });
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass })).toMatchObject({
      success: true,
      data: { state: 'checked_in' },
    });
    expect(f.journal.filter((e) => e.action === 'appointment.checked_in')).toHaveLength(1);
  });

  it('SVC-2: check-in opens 1 h before the start (exact) and closes at the no-show time', async () => {
    const { f, a, pass } = await booked();
    f.clock.set(a.start - 3_600_000 - 1);
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.checkin_too_early', params: { minutes: 60 } }],
    });
    f.clock.advance(1);
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass })).toMatchObject({
      success: true,
    });
    const late = await booked();
    late.f.clock.set(late.a.end + 30 * 60_000 - 1);
    expect(
      await late.f.appointments.checkIn({ operatorId: 'op_7', pass: late.pass }),
    ).toMatchObject({ success: true });
  });

  it('SVC-2: a pass on another day, at another office, of a moved or cancelled appointment, or forged is refused', async () => {
    const { f, a, pass } = await booked();
    f.clock.set(a.start - 26 * 3_600_000);
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.checkin_wrong_day', params: { date: '2027-01-18' } }],
    });
    expect(
      await f.appointments.checkIn({ operatorId: 'op_7', officeId: 'kgd-1', pass }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.checkin_wrong_office' }] });
    const forged = pass.slice(0, 40) + (pass[40] === 'A' ? 'B' : 'A') + pass.slice(41);
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass: forged })).toMatchObject({
      success: false,
      issues: [{ path: ['pass'] }],
    });
    expect(
      await f.appointments.move({
        accountId: 'acc_1',
        appointmentId: a.id,
        slot: '2027-01-18T11:00',
      }),
    ).toMatchObject({ success: true });
    f.clock.set(a.start);
    expect(await f.appointments.checkIn({ operatorId: 'op_7', pass })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.pass_outdated' }],
    });
    const other = await booked();
    await other.f.appointments.cancel({ accountId: 'acc_1', appointmentId: other.a.id });
    other.f.clock.set(other.a.start);
    expect(
      await other.f.appointments.checkIn({ operatorId: 'op_7', pass: other.pass }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.not_allowed', params: { state: 'cancelled' } }],
    });
  });
});
