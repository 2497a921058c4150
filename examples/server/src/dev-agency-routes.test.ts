// The demo's simulated authority (SVC-1): off without the dev outbox; with it, a tick hands due
// applications over and /dev/agency/{id}/next reports a case's next step through the signed
// callback path. The application is made through the service itself to keep the test short.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { makeJpeg } from '../../../packages/validators/test/file-fixtures.js';
import { createPortalServer } from './create-server.js';
import { generateKeysFile } from './load-keys-file.js';
import { createFakeClock } from '@kabinet/core/testing';

const keys = generateKeysFile();
const base = { origin: 'http://127.0.0.1:3000', secureCookies: false, keys } as const;

describe('the demo authority', () => {
  it('SVC-1: /dev/applications/tick hands over, /dev/agency/{id}/next reports the next step; both 404 without the dev outbox', async () => {
    const clock = createFakeClock(Date.UTC(2027, 0, 11, 6));
    const off = createPortalServer({ ...base, devOutbox: false, kabinet: { clock } });
    expect((await request(off.app).post('/dev/applications/tick')).status).toBe(404);
    const { app, kabinet } = createPortalServer({
      ...base,
      devOutbox: true,
      kabinet: { clock, policy: { applications: { passDelayMs: 0 } } },
    });
    const a = kabinet.applications;
    const account = { accountId: 'acc_demo' };
    const draft = await a.createDraft({
      ...account,
      accountLevel: 'standard',
      serviceCode: 'arrival_notification',
      fields: {
        arrivalDate: '10.01.2027',
        address: 'г. Москва, ул. Тверская, д. 7',
        migrationCard: '4012 3057841',
      },
    });
    if (!draft.success) throw new Error(JSON.stringify(draft.issues));
    const id = draft.data.application.id;
    expect(
      (
        await a.attach({
          ...account,
          applicationId: id,
          kind: 'passport_scan',
          file: { bytes: makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }) },
        })
      ).success,
    ).toBe(true);
    expect(
      (await a.submit({ ...account, accountLevel: 'standard', applicationId: id })).success,
    ).toBe(true);
    expect((await request(app).post(`/dev/agency/${id}/next`)).status).toBe(404);
    expect((await request(app).post('/dev/applications/tick')).body).toEqual({
      passed: 1,
      failed: 0,
    });
    const first = await request(app).post(`/dev/agency/${id}/next`);
    expect(first.body).toEqual({ status: 'under_review', result: 'applied' });
    const got = await a.get({ ...account, applicationId: id });
    expect(got.success && got.data.application.status).toBe('under_review');
  });
});
