import { describe, expect, it } from 'vitest';
import { appointmentsFixture, bookPatent, DAY, HOUR } from '../../test/appointments-fixture.js';
import { verifyVisitPass } from './verify-visit-pass.js';

const MONDAY_0900_MSK = Date.UTC(2027, 0, 18, 6, 0);

describe('appointments service', () => {
  it('SVC-2: free slots → hold → confirm: the seat is booked, the record journaled, the confirmation and the reminder a day before posted', async () => {
    const f = appointmentsFixture();
    const free = await f.appointments.findFreeSlots({
      officeId: 'mow-1',
      serviceId: 'patent',
      from: '2027-01-18',
      to: '2027-01-18',
    });
    expect(free.success && free.data[0]).toEqual({
      slot: '2027-01-18T09:00',
      start: MONDAY_0900_MSK,
      end: MONDAY_0900_MSK + 15 * 60_000,
      free: 4,
      capacity: 4,
    });
    const held = await f.appointments.hold({
      accountId: 'acc_1',
      accountLevel: 'standard',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T09:00',
    });
    expect(held).toMatchObject({
      success: true,
      data: {
        state: 'held',
        ownerId: 'acc_1',
        start: MONDAY_0900_MSK,
        holdUntil: f.clock.now() + 10 * 60_000,
        timeZone: 'Europe/Moscow',
      },
    });
    if (!held.success) return;
    expect(await f.deps.slots.seatOf(held.data.slotKey, held.data.id)).toMatchObject({
      state: 'held',
    });
    const booked = await f.appointments.confirm({
      accountId: 'acc_1',
      appointmentId: held.data.id,
    });
    expect(booked).toMatchObject({
      success: true,
      data: { state: 'booked', dueAt: MONDAY_0900_MSK + 15 * 60_000 + 30 * 60_000 },
    });
    expect(await f.deps.slots.seatOf(held.data.slotKey, held.data.id)).toEqual({
      seat: 0,
      state: 'booked',
    });
    expect(f.journal.map((e) => e.action)).toEqual(['appointment.held', 'appointment.booked']);
    expect(f.journal[1]).toMatchObject({
      actor: { type: 'account', id: 'acc_1' },
      subject: { type: 'account', id: 'acc_1' },
      payload: { appointmentId: held.data.id },
    });
    expect(f.posted.map((n) => n.code)).toEqual([
      'notice.appointment.booked',
      'notice.appointment.reminder',
    ]);
    expect(f.posted[1]).toMatchObject({
      kind: 'appointment',
      notBefore: MONDAY_0900_MSK - DAY,
      key: `appointment:${held.data.id}:reminder`,
      params: { time: '18.01.2027 09:00' },
    });
    expect(
      await f.appointments.confirm({ accountId: 'acc_1', appointmentId: held.data.id }),
    ).toMatchObject({ success: true, data: { state: 'booked' } });
    expect(f.journal).toHaveLength(2);
  });

  it('SVC-2: the pass of a booking verifies offline with the published keys and names the visit; a hold has no pass', async () => {
    const f = appointmentsFixture();
    const booked = await bookPatent(f);
    const pass = await f.appointments.pass({ accountId: 'acc_1', appointmentId: booked.id });
    expect(pass.success).toBe(true);
    if (!pass.success) return;
    expect(pass.data.svg).toMatch(/^<svg/);
    const checked = await verifyVisitPass(
      pass.data.text,
      f.appointments.publicKeys(),
      MONDAY_0900_MSK,
    );
    expect(checked).toMatchObject({
      success: true,
      data: {
        appointmentId: booked.id,
        officeId: 'mow-1',
        start: MONDAY_0900_MSK,
        expiresAt: booked.end + 30 * 60_000,
      },
    });
    const held = await f.appointments.hold({
      accountId: 'acc_1',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T10:00',
    });
    expect(
      await f.appointments.pass({
        accountId: 'acc_1',
        appointmentId: held.success ? held.data.id : '',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.not_booked' }] });
  });

  it('SVC-2: a hold lapses at its time: confirming 1 ms before works, at the time it is refused and the appointment expires', async () => {
    const a = appointmentsFixture();
    const early = await a.appointments.hold({
      accountId: 'acc_1',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T09:00',
    });
    a.clock.advance(10 * 60_000 - 1);
    expect(
      await a.appointments.confirm({
        accountId: 'acc_1',
        appointmentId: early.success ? early.data.id : '',
      }),
    ).toMatchObject({ success: true });
    const b = appointmentsFixture();
    const late = await b.appointments.hold({
      accountId: 'acc_1',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T09:00',
    });
    b.clock.advance(10 * 60_000);
    const id = late.success ? late.data.id : '';
    expect(await b.appointments.get({ accountId: 'acc_1', appointmentId: id })).toMatchObject({
      success: true,
      data: { state: 'expired' },
    });
    expect(await b.appointments.confirm({ accountId: 'acc_1', appointmentId: id })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.hold_expired' }],
    });
    expect(b.journal.map((e) => e.action)).toEqual(['appointment.held', 'appointment.expired']);
  });

  it('SVC-2: a slot in the lunch break, on a holiday or in the past is refused; so is a service the level does not allow', async () => {
    const f = appointmentsFixture();
    const hold = (slot: string, accountLevel = 'confirmed', serviceId = 'patent') =>
      f.appointments.hold({ accountId: 'acc_1', accountLevel, officeId: 'mow-1', serviceId, slot });
    expect(await hold('2027-01-18T13:15')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_unknown', path: ['slot'] }],
    });
    expect(await hold('2027-02-23T10:00')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_unknown' }],
    });
    expect(await hold('2027-01-11T09:00')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_past' }],
    });
    expect(await hold('2027-02-30T09:00')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_unknown' }],
    });
    expect(await hold('2027-01-11T09:30')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_too_soon', params: { minutes: 60 } }],
    });
    expect(await hold('2027-06-18T09:30')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.slot_too_far', params: { days: 90 } }],
    });
    expect(await hold('2027-01-18T09:00', 'standard', 'rvp_application')).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.level_too_low', params: { required: 'confirmed' } }],
    });
    expect(f.journal).toEqual([]);
  });

  it('bad input is issues with honest codes, never a throw', async () => {
    const f = appointmentsFixture();
    expect(
      await f.appointments.hold({
        accountId: 'acc_1',
        accountLevel: 'confirmed',
        officeId: 42 as never,
        serviceId: 'patent',
        slot: '18.01.2027 09:00',
      }),
    ).toMatchObject({
      success: false,
      issues: [
        { code: 'input.not_a_string', path: ['officeId'] },
        { code: 'input.wrong_format', path: ['slot'] },
      ],
    });
    expect(
      await f.appointments.findFreeSlots({
        officeId: 'mow-1',
        serviceId: 'patent',
        from: '2027-01-20',
        to: '2027-01-18',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.range_invalid' }] });
    expect(
      await f.appointments.findFreeSlots({
        officeId: 'mow-1',
        serviceId: 'patent',
        from: '2027-01-01',
        to: '2027-05-01',
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.range_too_long', params: { max: 92 } }],
    });
    expect(
      await f.appointments.findFreeSlots({
        officeId: 'mow-1',
        serviceId: 'patent',
        from: '2027-02-30',
        to: '2027-03-01',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'input.wrong_format', path: ['from'] }] });
    expect(
      await f.appointments.findFreeSlots({
        officeId: 'nowhere',
        serviceId: 'patent',
        from: '2027-01-18',
        to: '2027-01-18',
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'appointment.office_unknown' }] });
    expect(await f.appointments.get(null as never)).toMatchObject({ success: false });
  });

  it("another account's appointment is not found; more than the policy's active appointments are refused", async () => {
    const f = appointmentsFixture({ policy: { maxActivePerAccount: 2 } });
    const a = await bookPatent(f, 'acc_1', '09:00');
    await bookPatent(f, 'acc_1', '09:15');
    expect(await f.appointments.get({ accountId: 'acc_2', appointmentId: a.id })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.not_found' }],
    });
    expect(await f.appointments.cancel({ accountId: 'acc_2', appointmentId: a.id })).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.not_found' }],
    });
    expect(
      await f.appointments.hold({
        accountId: 'acc_1',
        accountLevel: 'confirmed',
        officeId: 'mow-1',
        serviceId: 'patent',
        slot: '2027-01-18T09:30',
      }),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'appointment.too_many_active', params: { max: 2 } }],
    });
    const listed = await f.appointments.list({ accountId: 'acc_1' });
    expect(listed.success && listed.data.items.map((r) => r.slot)).toEqual([
      '2027-01-18T09:15',
      '2027-01-18T09:00',
    ]);
  });

  it('SVC-2: sweep marks a lapsed hold expired and a booking nobody came to a no-show after its end plus the grace, not before', async () => {
    const f = appointmentsFixture();
    const booked = await bookPatent(f);
    await f.appointments.hold({
      accountId: 'acc_2',
      accountLevel: 'confirmed',
      officeId: 'mow-1',
      serviceId: 'patent',
      slot: '2027-01-18T10:00',
    });
    f.clock.advance(10 * 60_000);
    expect(await f.appointments.sweep()).toEqual({ expired: 1, noShows: 0 });
    f.clock.set(booked.end + 30 * 60_000 - 1);
    expect(await f.appointments.sweep()).toEqual({ expired: 0, noShows: 0 });
    f.clock.advance(1);
    expect(await f.appointments.sweep()).toEqual({ expired: 0, noShows: 1 });
    expect(
      await f.appointments.get({ accountId: 'acc_1', appointmentId: booked.id }),
    ).toMatchObject({ success: true, data: { state: 'no_show' } });
    expect(f.journal.map((e) => e.action)).toContain('appointment.no_show');
    expect(f.posted.map((n) => n.code)).toContain('notice.appointment.no_show');
    expect(await f.appointments.sweep()).toEqual({ expired: 0, noShows: 0 });
  });

  it('the documents to bring come with the catalogue, per service', () => {
    const f = appointmentsFixture();
    const patent = f.appointments.catalogue().services.find((s) => s.id === 'patent')!;
    expect(patent.documents.map((d) => d.code)).toEqual([
      'passport',
      'migration_card',
      'registration_notice',
      'medical',
    ]);
    expect(HOUR).toBe(3_600_000);
  });
});
