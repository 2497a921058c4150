import { createSeededRandom, KabinetError } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { createSimulatedAgency } from './create-simulated-agency.js';
import { createFakeClock } from '@kabinet/core/testing';

const submission = {
  applicationId: 'app_1',
  number: 'ZV-2027-1234566',
  serviceCode: 'stay_registration',
  accountId: 'acc_1',
  fields: {},
  attachments: [],
};

describe('createSimulatedAgency', () => {
  it('opens one case per application, reports its script with rising sequences, signed', async () => {
    const agency = createSimulatedAgency({
      clock: createFakeClock(0),
      random: createSeededRandom(1),
      secret: 'agency-secret-0123',
    });
    const first = await agency.submit(submission);
    expect(await agency.submit(submission)).toEqual(first);
    agency.script('app_1', [{ status: 'under_review' }, { status: 'approved' }]);
    const sent = agency.drain('app_1');
    expect(sent.map((s) => [s.update.sequence, s.update.status])).toEqual([
      [1, 'under_review'],
      [2, 'approved'],
    ]);
    expect(agency.next('app_1')).toBeUndefined();
    expect(await agency.parseCallback(sent[1]!)).toEqual({ success: true, data: sent[1]!.update });
    expect(
      await agency.parseCallback({
        body: sent[1]!.body.replace('approved', 'rejected'),
        headers: sent[1]!.headers,
      }),
    ).toEqual({ success: false, issues: [{ code: 'application.callback.signature', path: [] }] });
    const doc = await agency.fetchDocument(first.caseRef, sent[1]!.update.document!.id);
    expect(doc.mediaType).toBe('application/pdf');
  });

  it('the same seed draws the same scripts; failNext makes calls unavailable', async () => {
    const a = createSimulatedAgency({
      clock: createFakeClock(0),
      random: createSeededRandom(9),
      secret: 'agency-secret-0123',
    });
    const b = createSimulatedAgency({
      clock: createFakeClock(0),
      random: createSeededRandom(9),
      secret: 'agency-secret-0123',
    });
    for (const g of [a, b])
      for (let i = 0; i < 5; i++) await g.submit({ ...submission, applicationId: `app_${i}` });
    for (let i = 0; i < 5; i++)
      expect(a.caseOf(`app_${i}`)?.steps).toEqual(b.caseOf(`app_${i}`)?.steps);
    a.failNext(1);
    await expect(a.submit({ ...submission, applicationId: 'app_9' })).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_UNAVAILABLE',
    );
    expect((await a.submit({ ...submission, applicationId: 'app_9' })).caseRef).toMatch(/^MVD-/);
    expect(() =>
      createSimulatedAgency({
        clock: createFakeClock(0),
        random: createSeededRandom(1),
        secret: 'short',
      }),
    ).toThrow();
  });
});
