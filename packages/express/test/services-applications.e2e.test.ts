// «Мои заявки» through the Express adapter (SVC-1, AUD-2, S-16): a confirmed user browses the
// catalogue, creates, edits, attaches a scan as multipart, submits and withdraws; after the
// hand-over the authority's signed callbacks move the case (a forged one 401), the user answers
// a request for more information, and the approval gives a certificate only its owner can read.
import { describe, expect, it } from 'vitest';
import {
  client,
  confirmedUser,
  createTestApp,
  login,
  registerActive,
  scanPng,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const address = { postalIndex: '101000', street: 'ул. Тверская', house: '7' };

/** Uploads a 300-dpi passport scan to an application as multipart. */
function attach(
  t: TestApp,
  token: string,
  id: string,
  kind = 'passport_scan',
  file = scanPng(),
  name = 'passport.png',
) {
  return client(t)
    .agent.post(`/api/v1/applications/${id}/attachments`)
    .set('authorization', `Bearer ${token}`)
    .field('kind', kind)
    .attach('file', file, name);
}

/** Delivers one of the authority's reports to the callback route as it was signed. */
function deliver(t: TestApp, sent: { body: string; headers: Readonly<Record<string, string>> }) {
  let req = client(t).agent.post('/api/v1/agency/callbacks');
  for (const [k, v] of Object.entries(sent.headers)) req = req.set(k, v);
  return req.set('content-type', 'application/json').send(sent.body);
}

/** A complete arrival notification, submitted; returns its id. */
async function submitted(t: TestApp, token: string): Promise<string> {
  const c = client(t);
  const draft = await c.json(
    'post',
    '/v1/applications',
    {
      serviceCode: 'arrival_notification',
      fields: { arrivalDate: '01.03.2026', migrationCard: '4012 3057841', address },
    },
    bearer(token),
  );
  expect(draft.status).toBe(201);
  expect((await attach(t, token, draft.body.id)).status).toBe(201);
  const sent = await c.json(
    'post',
    `/v1/applications/${draft.body.id}/submit`,
    undefined,
    bearer(token),
  );
  expect(sent.status).toBe(200);
  return draft.body.id as string;
}

describe('applications over HTTP (SVC-1)', () => {
  it('SVC-1: the catalogue in both languages; a draft is created, edited, given a multipart scan, submitted with a number, listed and withdrawn; bad input 422, no session 401, another account 404', async () => {
    const t = createTestApp();
    const { tokens } = await confirmedUser(t);
    const h = bearer(tokens.accessToken);
    const c = client(t);

    const ru = await c.json('get', '/v1/services', undefined, { 'accept-language': 'ru' });
    expect(ru.status).toBe(200);
    expect(
      ru.body.items.find((s: { code: string }) => s.code === 'stay_registration'),
    ).toMatchObject({
      title: 'Регистрация по месту пребывания',
      dutyCode: 'migration_registration',
      processingWorkingDays: 7,
    });
    const en = await c.json('get', '/v1/services', undefined, { 'accept-language': 'en' });
    expect(en.body.items.find((s: { code: string }) => s.code === 'stay_registration').title).toBe(
      'Registration at a place of stay',
    );

    expect((await c.json('get', '/v1/applications')).status).toBe(401);
    expect(
      (await c.json('post', '/v1/applications', { serviceCode: 'arrival_notification' })).status,
    ).toBe(401);
    const bad = await c.json('post', '/v1/applications', { serviceCode: 42 }, h);
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'input.not_a_string', path: ['serviceCode'] }),
      ]),
    );

    const draft = await c.json(
      'post',
      '/v1/applications',
      {
        serviceCode: 'arrival_notification',
        fields: { arrivalDate: '01.03.2026', migrationCard: '4012 3057841' },
      },
      { ...h, 'accept-language': 'ru' },
    );
    expect(draft).toMatchObject({
      status: 201,
      body: {
        status: 'draft',
        statusText: 'Черновик',
        missing: { fields: ['address'], attachments: ['passport_scan'] },
      },
    });
    const id = draft.body.id as string;
    const early = await c.json('post', `/v1/applications/${id}/submit`, undefined, h);
    expect(early.status).toBe(422);
    const edited = await c.json('put', `/v1/applications/${id}`, { fields: { address } }, h);
    expect(edited).toMatchObject({ status: 200, body: { missing: { fields: [] } } });
    const scan = await attach(t, tokens.accessToken, id);
    expect(scan.status).toBe(201);
    expect(scan.body).toMatchObject({
      attachments: [{ kind: 'passport_scan', mediaType: 'image/png', name: 'passport.png' }],
      missing: { attachments: [] },
    });
    const infected = await attach(
      t,
      tokens.accessToken,
      id,
      'passport_scan',
      Buffer.concat([scanPng(), Buffer.from('EICAR')]),
      'bad.png',
    );
    expect(infected.status).toBe(422);

    const sent = await c.json('post', `/v1/applications/${id}/submit`, undefined, {
      ...h,
      'accept-language': 'en',
    });
    expect(sent).toMatchObject({
      status: 200,
      body: {
        status: 'submitted',
        statusText: 'Submitted',
        number: expect.stringMatching(/^ZV-2026-\d{7}$/),
      },
    });
    expect(await c.json('get', `/v1/applications/${id}`, undefined, h)).toMatchObject({
      status: 200,
      body: { id, status: 'submitted', number: sent.body.number },
    });
    expect(await c.json('get', '/v1/applications?limit=5', undefined, h)).toMatchObject({
      status: 200,
      body: { items: [{ id, status: 'submitted' }] },
    });

    const other = await login(t, await registerActive(t));
    expect(
      await c.json('get', `/v1/applications/${id}`, undefined, bearer(other.accessToken)),
    ).toMatchObject({ status: 404, body: { error: { code: 'application.not_found' } } });
    expect(
      await c.json('post', `/v1/applications/${id}/withdraw`, undefined, bearer(other.accessToken)),
    ).toMatchObject({ status: 404, body: { error: { code: 'application.not_found' } } });
    // A simplified account may not apply for a confirmed-only service; the confirmed one may.
    expect(
      await c.json(
        'post',
        '/v1/applications',
        { serviceCode: 'residence_permit_extension' },
        bearer(other.accessToken),
      ),
    ).toMatchObject({ status: 403, body: { error: { code: 'application.level_too_low' } } });
    expect(
      (await c.json('post', '/v1/applications', { serviceCode: 'residence_permit_extension' }, h))
        .status,
    ).toBe(201);

    expect(await c.json('post', `/v1/applications/${id}/withdraw`, undefined, h)).toMatchObject({
      status: 200,
      body: { status: 'withdrawn' },
    });
    expect((await c.json('get', `/v1/applications/${id}`, undefined, h)).body.status).toBe(
      'withdrawn',
    );
  });

  it('SVC-1, S-16: after the hand-over editing is 409 in the asked language; signed reports move the case (forged 401, stale and repeats harmless); the answer; the certificate (AUD-2)', async () => {
    const t = createTestApp();
    const { account, tokens } = await confirmedUser(t);
    const c = client(t);
    const id = await submitted(t, tokens.accessToken);
    t.clock.advance(3_600_000); // the default hand-over delay (policy.applications.passDelayMs)
    expect(await t.kabinet.applications.passDue()).toEqual({ passed: 1, failed: 0 });
    // The session has expired by now: the user logs in again.
    const h = bearer((await login(t, account)).accessToken);

    const late = await c.json(
      'put',
      `/v1/applications/${id}`,
      { fields: { arrivalDate: '02.03.2026' } },
      { ...h, 'accept-language': 'ru' },
    );
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: 'application.not_editable' } },
    });
    expect(late.body.error.message).toContain('Передано в ведомство');
    expect(await c.json('post', `/v1/applications/${id}/withdraw`, undefined, h)).toMatchObject({
      status: 409,
    });

    t.agency.script(id, [
      { status: 'under_review' },
      { status: 'info_required', items: ['passport_scan'] },
      { status: 'under_review' },
      { status: 'approved' },
    ]);
    const [review, info, resumed, approved] = t.agency.drain(id);
    const forged = await deliver(t, {
      body: info!.body,
      headers: { 'x-agency-signature': 'ab'.repeat(32) },
    });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('application.callback.signature');
    expect((await deliver(t, { body: '{not json', headers: {} })).status).toBe(401);
    expect(await deliver(t, info!)).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    expect(await deliver(t, review!)).toMatchObject({ status: 200, body: { outcome: 'stale' } });
    expect(await deliver(t, info!)).toMatchObject({ status: 200, body: { outcome: 'duplicate' } });

    const waiting = await c.json('get', `/v1/applications/${id}`, undefined, {
      ...h,
      'accept-language': 'ru',
    });
    expect(waiting.body).toMatchObject({
      status: 'info_required',
      statusText: 'Требуется дополнительная информация',
      actions: ['attach', 'answer'],
      infoRequest: { items: ['passport_scan'] },
    });
    expect(await c.json('post', `/v1/applications/${id}/answer`, {}, h)).toMatchObject({
      status: 422,
      body: { error: { code: 'application.answer_incomplete' } },
    });
    expect(
      (await attach(t, h.authorization.slice(7), id, 'passport_scan', scanPng(), 'better.png'))
        .status,
    ).toBe(201);
    expect(
      await c.json('post', `/v1/applications/${id}/answer`, { note: 'rescanned' }, h),
    ).toMatchObject({ status: 200, body: { status: 'under_review' } });
    await t.kabinet.applications.passDue();
    expect(t.agency.caseOf(id)?.supplements).toHaveLength(1);
    expect(await deliver(t, resumed!)).toMatchObject({
      status: 200,
      body: { outcome: 'unchanged' },
    });
    expect(await deliver(t, approved!)).toMatchObject({
      status: 200,
      body: { outcome: 'applied' },
    });

    expect((await c.json('get', '/v1/certificates')).status).toBe(401);
    const certificates = await c.json('get', '/v1/certificates', undefined, h);
    expect(certificates).toMatchObject({
      status: 200,
      body: { items: [{ applicationId: id, mediaType: 'application/pdf' }] },
    });
    const certId = certificates.body.items[0].id as string;
    const cert = await c.json('get', `/v1/certificates/${certId}`, undefined, h);
    expect(cert.status).toBe(200);
    expect(
      Buffer.from(cert.body.contentBase64, 'base64').toString('latin1').startsWith('%PDF-'),
    ).toBe(true);
    const other = await login(t, await registerActive(t));
    expect(
      (await c.json('get', `/v1/certificates/${certId}`, undefined, bearer(other.accessToken)))
        .status,
    ).toBe(404);
    expect(
      (await c.json('get', '/v1/certificates', undefined, bearer(other.accessToken))).body.items,
    ).toEqual([]);
  });
});
