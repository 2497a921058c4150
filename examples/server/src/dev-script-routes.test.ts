// The dev routes that script the simulated authority and registry: only with the dev outbox;
// what they queue is what the next report or registry answer is; bad input is a 422 with the
// issues at their fields and nothing is queued.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createPortalServer } from './create-server.js';
import { generateKeysFile } from './load-keys-file.js';

const keys = generateKeysFile();
const base = { origin: 'http://127.0.0.1:3000', secureCookies: false, keys } as const;

describe('the dev script routes', () => {
  it('are 404 without the dev outbox', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: false });
    const steps = [{ status: 'approved' }];
    expect((await request(app).post('/dev/agency/app_1/script').send({ steps })).status).toBe(404);
    expect(
      (
        await request(app)
          .post('/dev/registry/respond')
          .send({ accountId: 'acc_1', outcome: { status: 'confirmed' } })
      ).status,
    ).toBe(404);
  });

  it('SVC-1, ACC-5: a scripted registry mismatch is the next answer for that account only; a scripted case reports its steps', async () => {
    const { app, kabinet } = createPortalServer({ ...base, devOutbox: true });
    const registry = kabinet.dev.registry!;
    const defects = [{ field: 'person.surname', reason: 'mismatch' }];
    const queued = await request(app)
      .post('/dev/registry/respond')
      .send({ accountId: 'acc_1', outcome: { status: 'mismatch', defects } });
    expect(queued.body).toEqual({ scripted: 1 });
    const asked = (accountId: string) =>
      registry.check({
        checkId: 'chk_1',
        accountId,
        userType: 'foreign_citizen',
        kind: 'documents',
        person: {
          surname: 'Каримов',
          givenNames: 'Азиз',
          birthDate: '1990-05-17',
          citizenship: 'UZB',
        },
        documents: [],
      });
    expect(await asked('acc_2')).toEqual({ status: 'confirmed' });
    expect(await asked('acc_1')).toEqual({ status: 'mismatch', defects });
    expect(await asked('acc_1')).toEqual({ status: 'confirmed' });

    const scripted = await request(app)
      .post('/dev/agency/app_7/script')
      .send({ steps: [{ status: 'info_required', items: ['lease_contract'], note: 'подпись' }] });
    expect(scripted.body).toEqual({ scripted: 1 });
    // No case yet: nothing to report until the application is handed over.
    expect((await request(app).post('/dev/agency/app_7/next')).status).toBe(404);
  });

  it('bad input is a 422 with each issue at its field, and nothing is queued', async () => {
    const { app, kabinet } = createPortalServer({ ...base, devOutbox: true });
    const badSteps = await request(app)
      .post('/dev/agency/app_1/script')
      .set('accept-language', 'en')
      .send({ steps: [{ status: 'lost' }, { status: 'approved', items: 'x' }] });
    expect(badSteps.status).toBe(422);
    expect(badSteps.body.error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual([
      'steps.0.status',
      'steps.1.items',
    ]);
    expect((await request(app).post('/dev/agency/app_1/script').send({})).status).toBe(422);
    const badOutcome = await request(app)
      .post('/dev/registry/respond')
      .send({ outcome: { status: 'mismatch', defects: [{ field: '', reason: 'odd' }] } });
    expect(badOutcome.status).toBe(422);
    expect(badOutcome.body.error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual([
      'accountId',
      'outcome.defects.0.field',
      'outcome.defects.0.reason',
    ]);
    expect(
      (
        await request(app)
          .post('/dev/registry/respond')
          .send({ accountId: 'acc_1', outcome: { status: 'delayed', retryAfterMs: -1 } })
      ).status,
    ).toBe(422);
    expect(kabinet.dev.registry!.requests).toEqual([]);
    const answer = await kabinet.dev.registry!.check({
      checkId: 'chk_1',
      accountId: 'acc_1',
      userType: 'foreign_citizen',
      kind: 'documents',
      person: {
        surname: 'Каримов',
        givenNames: 'Азиз',
        birthDate: '1990-05-17',
        citizenship: 'UZB',
      },
      documents: [],
    });
    expect(answer).toEqual({ status: 'confirmed' });
  });
});
