import { KabinetError } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { ACC, makeAppKit, pdf, scan300, submittedStay } from '../../test/applications-kit.js';
import { makeServicesKit } from '../../test/kit.js';
import { createApplicationsService } from './create-applications-service.js';
import { defineApplicationsPolicy } from './define-applications-policy.js';

const actions = (k: ReturnType<typeof makeAppKit>) => k.journal.map((e) => e.action);

describe('applications: draft and submit (SVC-1)', () => {
  it('SVC-1: a filled draft with its files is submitted: confirmation number, notice, journal, expected date', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k, ACC, false);
    const got = await k.service.get({ accountId: ACC, applicationId: id });
    expect(got.success).toBe(true);
    if (!got.success) return;
    expect(got.data.application.status).toBe('submitted');
    expect(got.data.application.number).toMatch(/^ZV-2027-\d{7}$/);
    expect(got.data.application.dutyPaymentId).toBe(`pay_${ACC}`);
    expect(got.data.actions).toEqual(['edit', 'attach', 'withdraw']);
    // Monday 2027-01-11 09:00 Moscow + 7 working days.
    expect(got.data.expectedCompletion).toBe('2027-01-20');
    expect(k.posted.map((n) => n.code)).toEqual(['notice.application.submitted']);
    expect(k.posted[0]).toMatchObject({
      accountId: ACC,
      kind: 'application',
      subject: { type: 'application', id },
      params: { number: got.data.application.number },
    });
    expect(actions(k)).toEqual([
      'application.created',
      'application.attachment_added',
      'application.attachment_added',
      'application.submitted',
    ]);
  });

  it('SVC-1: submit names every missing field and file, and checks the level and the paid duty', async () => {
    const k = makeAppKit();
    const draft = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'stay_registration',
    });
    if (!draft.success) throw new Error('draft');
    const id = draft.data.application.id;
    expect(draft.data.missing).toEqual({
      fields: ['arrivalDate', 'address'],
      attachments: ['passport_scan', 'lease_contract'],
    });
    const r = await k.service.submit({
      accountId: ACC,
      accountLevel: 'standard',
      applicationId: id,
    });
    expect(!r.success && r.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'application.field_required@fields.arrivalDate',
      'application.field_required@fields.address',
      'application.attachment_required@attachments.passport_scan',
      'application.attachment_required@attachments.lease_contract',
    ]);
    expect(
      await k.service.submit({ accountId: ACC, accountLevel: 'simplified', applicationId: id }),
    ).toEqual({
      success: false,
      issues: [{ code: 'application.level_too_low', path: [], params: { required: 'standard' } }],
    });
    await k.service.edit({
      accountId: ACC,
      applicationId: id,
      fields: {
        arrivalDate: '10.01.2027',
        address: { postalIndex: '101000', street: 'ул. Тверская', house: '7' },
      },
    });
    await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'passport_scan',
      file: { bytes: scan300() },
    });
    await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'lease_contract',
      file: { bytes: pdf() },
    });
    expect(
      await k.service.submit({ accountId: ACC, accountLevel: 'standard', applicationId: id }),
    ).toEqual({
      success: false,
      issues: [
        { code: 'application.duty_unpaid', path: [], params: { duty: 'migration_registration' } },
      ],
    });
    k.paid.set(`${ACC}:migration_registration`, 'pay_1');
    expect(
      (await k.service.submit({ accountId: ACC, accountLevel: 'standard', applicationId: id }))
        .success,
    ).toBe(true);
  });

  it('SVC-1: one paid duty opens one application', async () => {
    const k = makeAppKit();
    await submittedStay(k, ACC, false);
    const again = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'stay_registration',
      fields: { arrivalDate: '10.01.2027', address: 'г. Москва, ул. Тверская, д. 7' },
    });
    if (!again.success) throw new Error(JSON.stringify(again.issues));
    const id = again.data.application.id;
    await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'passport_scan',
      file: { bytes: scan300() },
    });
    await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'lease_contract',
      file: { bytes: pdf() },
    });
    const r = await k.service.submit({
      accountId: ACC,
      accountLevel: 'standard',
      applicationId: id,
    });
    expect(!r.success && r.issues[0]?.code).toBe('application.duty_already_used');
  });

  it('SVC-1: fields are checked by their validators; unknown fields and kinds are refused', async () => {
    const k = makeAppKit();
    const r = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'stay_registration',
      fields: { arrivalDate: '31.02.2027', shoeSize: 42 },
    });
    expect(!r.success && r.issues.map((i) => i.path.join('.'))).toEqual([
      'fields.arrivalDate',
      'fields.shoeSize',
    ]);
    expect(!r.success && r.issues[1]?.code).toBe('application.field_unknown');
    const unknown = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'space_travel',
    });
    expect(unknown).toEqual({
      success: false,
      issues: [{ code: 'application.service_unknown', path: ['serviceCode'] }],
    });
    const level = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'residence_permit_extension',
    });
    expect(!level.success && level.issues[0]).toEqual({
      code: 'application.level_too_low',
      path: [],
      params: { required: 'confirmed' },
    });
  });

  it('S-13: a file is judged by its bytes: a PDF is not a passport scan, a 72-dpi scan is too coarse', async () => {
    const k = makeAppKit();
    const draft = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'stay_registration',
    });
    if (!draft.success) throw new Error('draft');
    const id = draft.data.application.id;
    const wrongType = await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'passport_scan',
      file: { bytes: pdf(), name: 'scan.jpg' },
    });
    expect(wrongType.success).toBe(false);
    const lowDpi = await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'passport_scan',
      file: {
        bytes: (await import('../../../validators/test/file-fixtures.js')).makeJpeg({
          jfif: { units: 1, x: 72, y: 72 },
        }),
      },
    });
    expect(!lowDpi.success && lowDpi.issues[0]?.code).toBe('file.dpi_too_low');
    const kind = await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'selfie',
      file: { bytes: pdf() },
    });
    expect(kind).toEqual({
      success: false,
      issues: [{ code: 'application.attachment_kind_unknown', path: ['kind'] }],
    });
  });

  it('bad input returns issues; a non-object argument is misuse (ERR_INVALID_ARGUMENT)', async () => {
    const k = makeAppKit();
    const r = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 42,
    } as never);
    expect(!r.success && r.issues[0]?.path).toEqual(['serviceCode']);
    const level = await k.service.submit({
      accountId: ACC,
      accountLevel: 'admin',
      applicationId: 'x',
    } as never);
    expect(!level.success && level.issues[0]?.path).toEqual(['accountLevel']);
    await expect(k.service.get(null as never)).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_INVALID_ARGUMENT',
    );
    await expect(k.service.list('acc' as never)).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_INVALID_ARGUMENT',
    );
  });

  it('another account’s application reads as missing', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k, ACC, false);
    expect(await k.service.get({ accountId: 'acc_02', applicationId: id })).toEqual({
      success: false,
      issues: [{ code: 'application.not_found', path: ['applicationId'] }],
    });
    expect(await k.service.withdraw({ accountId: 'acc_02', applicationId: id })).toEqual({
      success: false,
      issues: [{ code: 'application.not_found', path: ['applicationId'] }],
    });
  });
});

describe('applications without a gateway (DESIGN 8: never a simulated default)', () => {
  it('drafts and submits work; the hand-over throws ERR_CONFIG; a callback is refused as unsigned, not a fault', async () => {
    const kit = makeServicesKit();
    const service = createApplicationsService(kit.deps, {
      duties: async () => undefined,
      scanFile: async () => 'clean',
      policy: defineApplicationsPolicy({ passDelayMs: 0 }),
    });
    const draft = await service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'arrival_notification',
      fields: {
        arrivalDate: '10.01.2027',
        address: 'г. Москва, ул. Тверская, д. 7',
        migrationCard: '4012 3057841',
      },
    });
    if (!draft.success) throw new Error('draft');
    await service.attach({
      accountId: ACC,
      applicationId: draft.data.application.id,
      kind: 'passport_scan',
      file: { bytes: scan300() },
    });
    expect(
      (
        await service.submit({
          accountId: ACC,
          accountLevel: 'standard',
          applicationId: draft.data.application.id,
        })
      ).success,
    ).toBe(true);
    await expect(service.passDue()).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_CONFIG',
    );
    expect(await service.handleAgencyCallback({ body: '{}', headers: {} })).toEqual({
      success: false,
      issues: [{ code: 'application.callback.signature', path: [] }],
    });
    expect(() => createApplicationsService(kit.deps, {} as never)).toThrow();
  });
});

describe('applications: until the hand-over (SVC-1)', () => {
  it('SVC-1: a submitted application may be edited and withdrawn before it is passed to the authority', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k, ACC, false);
    const edited = await k.service.edit({
      accountId: ACC,
      applicationId: id,
      fields: { phone: '+7 912 345-67-89' },
    });
    expect(edited.success && edited.data.application.status).toBe('submitted');
    const withdrawn = await k.service.withdraw({ accountId: ACC, applicationId: id });
    expect(withdrawn.success && withdrawn.data.application.status).toBe('withdrawn');
    expect(k.posted.map((n) => n.code)).toContain('notice.application.withdrawn');
    // Withdrawn: nothing is handed over.
    k.clock.advance(60_000);
    expect(await k.service.passDue()).toEqual({ passed: 0, failed: 0 });
    expect(k.agency.caseOf(id)).toBeUndefined();
  });

  it('SVC-1: the hand-over happens exactly at passDelayMs; after it edit and withdraw are refused with an issue and journaled', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k, ACC, false);
    k.clock.advance(59_999);
    expect(await k.service.passDue()).toEqual({ passed: 0, failed: 0 });
    k.clock.advance(1);
    expect(await k.service.passDue()).toEqual({ passed: 1, failed: 0 });
    const got = await k.service.get({ accountId: ACC, applicationId: id });
    expect(got.success && got.data.application).toMatchObject({
      status: 'passed',
      agencyRef: 'MVD-000001',
    });
    expect(got.success && got.data.application.dueAt).toBeUndefined();
    expect(got.success && got.data.actions).toEqual([]);
    const edit = await k.service.edit({
      accountId: ACC,
      applicationId: id,
      fields: { phone: '+7 912 345-67-89' },
    });
    expect(edit).toEqual({
      success: false,
      issues: [
        { code: 'application.not_editable', path: [], params: { from: 'passed', event: 'edit' } },
      ],
    });
    const withdraw = await k.service.withdraw({ accountId: ACC, applicationId: id });
    expect(!withdraw.success && withdraw.issues[0]?.code).toBe('application.not_withdrawable');
    const attach = await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'lease_contract',
      file: { bytes: pdf() },
    });
    expect(!attach.success && attach.issues[0]?.code).toBe('application.not_editable');
    const rejected = k.journal
      .filter((e) => e.action === 'application.event_rejected')
      .map((e) => (e.payload as { event: string }).event);
    expect(rejected).toEqual(['edit', 'withdraw', 'attach']);
    expect(actions(k)).toContain('application.passed');
    expect(actions(k)).toContain('application.case_opened');
  });

  it('an unreachable authority leaves the application passed, journaled, and retried after passRetryMs', async () => {
    const k = makeAppKit({ policy: { passRetryMs: 10_000 } });
    const id = await submittedStay(k, ACC, false);
    k.agency.failNext(1);
    k.clock.advance(60_000);
    expect(await k.service.passDue()).toEqual({ passed: 0, failed: 1 });
    const mid = await k.service.get({ accountId: ACC, applicationId: id });
    expect(mid.success && mid.data.application).toMatchObject({
      status: 'passed',
      dueAt: k.clock.now() + 10_000,
    });
    expect(actions(k)).toContain('application.handover_failed');
    k.clock.advance(9_999);
    expect(await k.service.passDue()).toEqual({ passed: 0, failed: 0 });
    k.clock.advance(1);
    expect(await k.service.passDue()).toEqual({ passed: 1, failed: 0 });
    expect(k.agency.caseOf(id)?.caseRef).toBe('MVD-000001');
  });
});
