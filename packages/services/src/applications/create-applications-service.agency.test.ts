import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ACC, SECRET, makeAppKit, pdf, submittedStay } from '../../test/applications-kit.js';
import type { SimulatedStep } from './create-simulated-agency.js';

const DAY = 86_400_000;

describe('applications: the authority’s reports (SVC-1, S-16)', () => {
  it('SVC-1: review → more information (clock stops) → answer with the missing file → review → approved with a certificate (AUD-2)', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k);
    k.agency.script(id, [
      { status: 'under_review' },
      { status: 'info_required', items: ['lease_contract'], note: 'unsigned' },
      { status: 'under_review' },
      { status: 'approved' },
    ]);
    const [review, info, resumed, approved] = k.agency.drain(id);
    expect((await k.service.handleAgencyCallback(review!)).success).toBe(true);
    const before = await k.service.get({ accountId: ACC, applicationId: id });
    const info1 = await k.service.handleAgencyCallback(info!);
    expect(info1.success && info1.data.outcome).toBe('applied');
    const waiting = await k.service.get({ accountId: ACC, applicationId: id });
    expect(waiting.success && waiting.data.application).toMatchObject({
      status: 'info_required',
      infoRequest: { items: ['lease_contract'], note: 'unsigned', dueBy: k.clock.now() + 30 * DAY },
    });
    expect(waiting.success && waiting.data.actions).toEqual(['attach', 'answer']);
    expect(k.posted.map((n) => n.code)).toContain('notice.application.info_reminder');
    // Ten days waiting for the user: the expected date moves by ten days.
    k.clock.advance(10 * DAY);
    const later = await k.service.get({ accountId: ACC, applicationId: id });
    expect(
      before.success &&
        later.success &&
        Date.parse(later.data.expectedCompletion!) - Date.parse(before.data.expectedCompletion!),
    ).toBeGreaterThanOrEqual(10 * DAY);
    // Answering without the asked-for file is refused.
    expect(await k.service.answer({ accountId: ACC, applicationId: id })).toEqual({
      success: false,
      issues: [{ code: 'application.answer_incomplete', path: ['attachments', 'lease_contract'] }],
    });
    await k.service.attach({
      accountId: ACC,
      applicationId: id,
      kind: 'lease_contract',
      file: { bytes: pdf() },
    });
    const answered = await k.service.answer({
      accountId: ACC,
      applicationId: id,
      note: 'signed now',
    });
    expect(answered.success && answered.data.application).toMatchObject({
      status: 'under_review',
      supplementPending: true,
      pausedMs: 10 * DAY,
    });
    expect(k.posted.map((n) => n.code)).not.toContain('notice.application.info_reminder');
    expect(await k.service.passDue()).toEqual({ passed: 1, failed: 0 });
    expect(k.agency.caseOf(id)?.supplements).toMatchObject([
      { applicationId: id, note: 'signed now', attachments: [{ kind: 'lease_contract' }] },
    ]);
    expect((await k.service.handleAgencyCallback(resumed!)).success).toBe(true);
    const done = await k.service.handleAgencyCallback(approved!);
    expect(done.success && done.data.application?.status).toBe('approved');
    const certificates = await k.service.listCertificates({ accountId: ACC });
    expect(certificates.success && certificates.data.items).toHaveLength(1);
    const cert = certificates.success ? certificates.data.items[0]! : undefined;
    expect(cert).toMatchObject({
      applicationId: id,
      mediaType: 'application/pdf',
      serviceCode: 'stay_registration',
    });
    const read = await k.service.readCertificate({ accountId: ACC, certificateId: cert!.id });
    expect(read.success && new TextDecoder().decode(read.data.bytes).startsWith('%PDF-')).toBe(
      true,
    );
    expect(
      await k.service.readCertificate({ accountId: 'acc_other', certificateId: cert!.id }),
    ).toEqual({
      success: false,
      issues: [{ code: 'application.certificate_not_found', path: ['certificateId'] }],
    });
    const final = await k.service.get({ accountId: ACC, applicationId: id });
    expect(final.success && final.data.application.decision).toMatchObject({
      outcome: 'approved',
      certificateId: cert!.id,
    });
    expect(final.success && final.data.expectedCompletion).toBeUndefined();
    expect(k.journal.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'application.under_review',
        'application.info_required',
        'application.answered',
        'application.answer_delivered',
        'application.approved',
        'application.certificate_issued',
      ]),
    );
    expect(k.posted.map((n) => n.code)).toContain('notice.application.approved');
  });

  it('SVC-1: a rejection keeps its reasons and issues no certificate', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k);
    k.agency.script(id, [
      { status: 'rejected', reasons: ['documents_invalid', 'address_unconfirmed'] },
    ]);
    const r = await k.service.handleAgencyCallback(k.agency.next(id)!);
    expect(r.success && r.data.application?.decision).toMatchObject({
      outcome: 'rejected',
      reasons: ['documents_invalid', 'address_unconfirmed'],
    });
    expect((await k.service.listCertificates({ accountId: ACC })).success).toBe(true);
    const certs = await k.service.listCertificates({ accountId: ACC });
    expect(certs.success && certs.data.items).toEqual([]);
  });

  it('S-16: a forged callback is refused and journaled; a duplicate and an older report change nothing and are journaled', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k);
    k.agency.script(id, [{ status: 'under_review' }, { status: 'approved' }]);
    const [first, second] = k.agency.drain(id);
    const forged = await k.service.handleAgencyCallback({
      body: second!.body,
      headers: { 'x-agency-signature': '00'.repeat(32) },
    });
    expect(forged).toEqual({
      success: false,
      issues: [{ code: 'application.callback.signature', path: [] }],
    });
    expect(k.journal.at(-1)?.action).toBe('application.callback_rejected');
    expect((await k.service.handleAgencyCallback(second!)).success).toBe(true);
    const stale = await k.service.handleAgencyCallback(first!);
    expect(stale.success && stale.data.outcome).toBe('stale');
    const duplicate = await k.service.handleAgencyCallback(second!);
    expect(duplicate.success && duplicate.data.outcome).toBe('duplicate');
    const ignored = k.journal
      .filter((e) => e.action === 'application.agency_update_ignored')
      .map((e) => (e.payload as { reason: string }).reason);
    expect(ignored).toEqual(['stale', 'duplicate']);
    const certs = await k.service.listCertificates({ accountId: ACC });
    expect(certs.success && certs.data.items).toHaveLength(1);
    expect(await k.service.handleAgencyCallback({ body: '{', headers: {} })).toEqual({
      success: false,
      issues: [{ code: 'application.callback.signature', path: [] }],
    });
    expect(await k.service.receiveAgencyUpdate({ eventId: 'x' } as never)).toEqual({
      success: false,
      issues: [{ code: 'application.callback.malformed', path: [] }],
    });
    expect(SECRET.length).toBeGreaterThan(15);
  });

  it('SVC-1: a report the table does not allow (a report about a draft, a new status after the decision) is refused with an issue and journaled', async () => {
    const k = makeAppKit();
    const id = await submittedStay(k);
    k.agency.script(id, [{ status: 'approved' }, { status: 'under_review' }]);
    const [approved, reopened] = k.agency.drain(id);
    await k.service.handleAgencyCallback(approved!);
    const r = await k.service.handleAgencyCallback(reopened!);
    expect(r.success && r.data.outcome).toBe('not_allowed');
    expect(r.success && r.warnings?.[0]).toEqual({
      code: 'application.transition_not_allowed',
      path: [],
      params: { from: 'approved', event: 'review' },
    });
    expect(k.journal.filter((e) => e.action === 'application.event_rejected')).toHaveLength(1);
    const draft = await k.service.createDraft({
      accountId: ACC,
      accountLevel: 'standard',
      serviceCode: 'arrival_notification',
    });
    const early = await k.service.receiveAgencyUpdate({
      eventId: 'evt_x',
      applicationId: draft.success ? draft.data.application.id : '',
      caseRef: 'MVD-9',
      sequence: 1,
      status: 'approved',
      at: 0,
    });
    expect(early.success && early.data.outcome).toBe('not_allowed');
  });

  const scriptArb: fc.Arbitrary<SimulatedStep[]> = fc
    .array(
      fc.constantFrom<SimulatedStep>(
        { status: 'under_review' },
        { status: 'info_required', items: [] },
      ),
      { maxLength: 6 },
    )
    .chain((open) =>
      fc
        .option(
          fc.constantFrom<SimulatedStep>(
            { status: 'approved' },
            { status: 'rejected', reasons: ['documents_invalid'] },
          ),
          { nil: undefined },
        )
        .map((end) => (end === undefined ? open : [...open, end])),
    )
    .filter((steps) => steps.length > 0);

  test.prop([scriptArb, fc.integer({ min: 0, max: 1000 }), fc.integer()], { numRuns: 60 })(
    'S-16, SVC-1: the authority’s reports delivered in any order, with duplicates, end in the state of the newest report',
    async (steps, dupSeed, seed) => {
      const k = makeAppKit({ seed: Math.abs(seed) % 1000 });
      const id = await submittedStay(k);
      k.agency.script(id, steps);
      const sent = k.agency.drain(id);
      const order = fc.sample(
        fc.shuffledSubarray(sent, { minLength: sent.length, maxLength: sent.length }),
        { numRuns: 1, seed },
      )[0]!;
      const duplicates = sent.filter((_, i) => (dupSeed >> i) & 1);
      for (const callback of [...order, ...duplicates]) {
        const r = await k.service.handleAgencyCallback(callback);
        expect(r.success).toBe(true);
      }
      const got = await k.service.get({ accountId: ACC, applicationId: id });
      const newest = steps.at(-1)!;
      expect(got.success && got.data.application.status).toBe(newest.status);
      expect(got.success && got.data.application.agencySeq).toBe(steps.length);
      if (newest.status === 'approved' || newest.status === 'rejected')
        expect(got.success && got.data.application.decision?.outcome).toBe(newest.status);
      const certs = await k.service.listCertificates({ accountId: ACC });
      expect(certs.success && certs.data.items.length).toBe(newest.status === 'approved' ? 1 : 0);
    },
  );
});
