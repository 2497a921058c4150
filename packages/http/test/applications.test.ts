// «Мои заявки» over HTTP (SVC-1, AUD-2, S-16): the catalogue, a draft with a multipart scan,
// submit with a confirmation number, edit and withdraw only before the hand-over (409 after),
// the authority's signed callbacks (a forged one 401, duplicates and old ones harmless), the
// answer to a request for more information, and the received certificate.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createSeededRandom } from '@kabinet/core';
import type { PasswordHasher } from '@kabinet/ports';
import {
  applicationsInputSchemas,
  createSimulatedAgency,
  defaultServiceCatalogue,
  type ServiceDefinition,
} from '@kabinet/services/applications';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { makeJpeg, makePdf } from '../../validators/test/file-fixtures.js';
import { createKabinetHttp } from '../src/index.js';
import { registerAccount } from './_lib/register-account.js';
import { inMemoryPorts, simulatedPayments } from 'kabinet/testing';
import { createFakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2027, 0, 11, 6, 0, 0);
const PASSWORD = 'Samarqand-2026!';
const keys = generateDevelopmentKeys('applications');
const plainHasher: PasswordHasher = {
  hash: async (s) => `plain$${s}`,
  verify: async (h, s) => h === `plain$${s}`,
  needsRehash: () => false,
};
const SECRET = 'agency-http-secret-0123';

// The arrival notification, open to every level here so a freshly registered account can apply.
const catalogue: ServiceDefinition[] = defaultServiceCatalogue.map((s) =>
  s.code === 'arrival_notification' || s.code === 'stay_registration'
    ? { ...s, minLevel: 'simplified' }
    : s,
);

function api() {
  const clock = createFakeClock(START);
  const agency = createSimulatedAgency({ clock, random: createSeededRandom(3), secret: SECRET });
  const kabinet: Kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys,
    clock,
    payments: simulatedPayments({ clock }),
    hasher: plainHasher,
    scanFile: async () => 'clean',
    applications: { agency, catalogue },
    policy: { applications: { passDelayMs: 60_000 } },
  });
  const { handler } = createKabinetHttp(kabinet);
  const outbox = kabinet.dev.outbox!;
  async function call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    lang = 'en',
    raw?: { body: FormData | string; headers: Record<string, string> },
  ) {
    const headers: Record<string, string> = {
      'accept-language': lang,
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    };
    const init: RequestInit =
      raw !== undefined
        ? { method, headers: { ...headers, ...raw.headers }, body: raw.body }
        : {
            method,
            headers: { ...headers, 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          };
    const response = await handler(new Request(`http://localhost${path}`, init), {
      ip: '203.0.113.9',
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  }
  return { clock, kabinet, agency, outbox, call };
}

type Api = ReturnType<typeof api>;
let counter = 0;

async function signedIn(t: Api): Promise<{ accountId: string; token: string }> {
  counter += 1;
  const phone = `+99893${String(2000000 + counter).slice(-7)}`;
  const email = `apps${counter}@example.uz`;
  const created = await registerAccount(t.kabinet, {
    phone,
    email,
    password: PASSWORD,
    passport: `AC${String(1000000 + counter).slice(-7)}`,
    migrationCard: {
      number: `4013 ${String(3000000 + counter).slice(-7)}`,
      entryDate: '05.01.2027',
      stayUntil: '04.04.2027',
    },
  });
  t.clock.advance(120_000);
  const first = await t.call('POST', '/v1/auth/login', undefined, {
    login: phone,
    password: PASSWORD,
  });
  const done = await t.call('POST', '/v1/auth/login/complete', undefined, {
    loginToken: first.body.loginToken,
    method: 'sms',
    code: t.outbox.lastCode(phone),
  });
  return { accountId: created.accountId, token: done.body.tokens.accessToken as string };
}

function upload(
  kind: string,
  bytes: Uint8Array,
  name: string,
): { body: FormData; headers: Record<string, string> } {
  const form = new FormData();
  form.set('kind', kind);
  form.set('file', new Blob([bytes]), name);
  return { body: form, headers: {} };
}

async function filled(t: Api, token: string): Promise<string> {
  const draft = await t.call('POST', '/v1/applications', token, {
    serviceCode: 'arrival_notification',
    fields: { arrivalDate: '10.01.2027', migrationCard: '4012 3057841' },
  });
  expect(draft).toMatchObject({
    status: 201,
    body: {
      status: 'draft',
      statusText: 'Draft',
      missing: { fields: ['address'], attachments: ['passport_scan'] },
    },
  });
  const id = draft.body.id as string;
  expect(
    await t.call('PUT', `/v1/applications/${id}`, token, {
      fields: { address: { postalIndex: '101000', street: 'ул. Тверская', house: '7' } },
    }),
  ).toMatchObject({ status: 200, body: { missing: { fields: [] } } });
  const attached = await t.call(
    'POST',
    `/v1/applications/${id}/attachments`,
    token,
    undefined,
    'en',
    upload('passport_scan', makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }), 'passport.jpg'),
  );
  expect(attached).toMatchObject({
    status: 201,
    body: {
      attachments: [{ kind: 'passport_scan', mediaType: 'image/jpeg', name: 'passport.jpg' }],
      missing: { attachments: [] },
    },
  });
  return id;
}

describe('application routes (SVC-1)', () => {
  it('SVC-1: catalogue, draft, multipart scan, submit with a confirmation number; withdraw before the hand-over', async () => {
    const t = api();
    const me = await signedIn(t);
    const services = await t.call('GET', '/v1/services', undefined, undefined, 'ru');
    expect(services.status).toBe(200);
    expect(
      services.body.items.find((s: { code: string }) => s.code === 'stay_registration'),
    ).toMatchObject({
      title: 'Регистрация по месту пребывания',
      dutyCode: 'migration_registration',
      processingWorkingDays: 7,
    });
    // Each field says how a form enters it: the address and the migration card by their kinds.
    const stay = services.body.items.find((s: { code: string }) => s.code === 'stay_registration');
    expect(
      Object.fromEntries(stay.fields.map((f: { name: string; kind: string }) => [f.name, f.kind])),
    ).toEqual({
      arrivalDate: 'date',
      address: 'address',
      migrationCard: 'migration_card',
      phone: 'phone',
    });
    const id = await filled(t, me.token);
    const submitted = await t.call(
      'POST',
      `/v1/applications/${id}/submit`,
      me.token,
      undefined,
      'ru',
    );
    expect(submitted).toMatchObject({
      status: 200,
      body: {
        status: 'submitted',
        statusText: 'Отправлено',
        number: expect.stringMatching(/^ZV-2027-\d{7}$/),
        expectedCompletion: '2027-01-14',
      },
    });
    const wrongFile = await t.call(
      'POST',
      `/v1/applications/${id}/attachments`,
      me.token,
      undefined,
      'en',
      upload('passport_scan', makePdf(), 'scan.jpg'),
    );
    expect(wrongFile.status).toBe(422);
    expect(await t.call('POST', `/v1/applications/${id}/withdraw`, me.token)).toMatchObject({
      status: 200,
      body: { status: 'withdrawn' },
    });
    const list = await t.call('GET', '/v1/applications?limit=5', me.token);
    expect(list).toMatchObject({ status: 200, body: { items: [{ id, status: 'withdrawn' }] } });
    const other = await signedIn(t);
    expect(await t.call('GET', `/v1/applications/${id}`, other.token)).toMatchObject({
      status: 404,
      body: { error: { code: 'application.not_found' } },
    });
    expect(
      await t.call('POST', '/v1/applications', me.token, {
        serviceCode: 'residence_permit_extension',
      }),
    ).toMatchObject({ status: 403, body: { error: { code: 'application.level_too_low' } } });
    expect(await t.call('POST', '/v1/applications', me.token, { serviceCode: 42 })).toMatchObject({
      status: 422,
    });
    expect((await t.call('GET', '/v1/applications')).status).toBe(401);
  });

  it('SVC-1, S-16: after the hand-over edit is 409; signed reports move it (forged 401, repeats harmless); answer; approval gives a certificate (AUD-2)', async () => {
    const t = api();
    const me = await signedIn(t);
    const id = await filled(t, me.token);
    await t.call('POST', `/v1/applications/${id}/submit`, me.token);
    t.clock.advance(60_000);
    expect(await t.kabinet.applications.passDue()).toEqual({ passed: 1, failed: 0 });
    const late = await t.call(
      'PUT',
      `/v1/applications/${id}`,
      me.token,
      { fields: { arrivalDate: '11.01.2027' } },
      'ru',
    );
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: 'application.not_editable' } },
    });
    expect(late.body.error.message).toContain('Передано в ведомство');
    expect((await t.call('POST', `/v1/applications/${id}/withdraw`, me.token)).status).toBe(409);

    t.agency.script(id, [
      { status: 'under_review' },
      { status: 'info_required', items: ['passport_scan'] },
      { status: 'under_review' },
      { status: 'approved' },
    ]);
    const [review, info, resumed, approved] = t.agency.drain(id);
    const deliver = (sent: { body: string; headers: Readonly<Record<string, string>> }) =>
      t.call('POST', '/v1/agency/callbacks', undefined, undefined, 'en', {
        body: sent.body,
        headers: { ...sent.headers },
      });
    expect(
      await deliver({
        body: info!.body,
        headers: { 'content-type': 'application/json', 'x-agency-signature': 'ab'.repeat(32) },
      }),
    ).toMatchObject({ status: 401, body: { error: { code: 'application.callback.signature' } } });
    expect(await deliver(info!)).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    expect(await deliver(review!)).toMatchObject({ status: 200, body: { outcome: 'stale' } });
    expect(await deliver(info!)).toMatchObject({ status: 200, body: { outcome: 'duplicate' } });
    const waiting = await t.call('GET', `/v1/applications/${id}`, me.token, undefined, 'ru');
    expect(waiting.body).toMatchObject({
      status: 'info_required',
      statusText: 'Требуется дополнительная информация',
      actions: ['attach', 'answer'],
      infoRequest: { items: ['passport_scan'] },
    });
    expect(await t.call('POST', `/v1/applications/${id}/answer`, me.token, {})).toMatchObject({
      status: 422,
      body: { error: { code: 'application.answer_incomplete' } },
    });
    await t.call(
      'POST',
      `/v1/applications/${id}/attachments`,
      me.token,
      undefined,
      'en',
      upload('passport_scan', makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }), 'better.jpg'),
    );
    expect(
      await t.call('POST', `/v1/applications/${id}/answer`, me.token, { note: 'rescanned' }),
    ).toMatchObject({ status: 200, body: { status: 'under_review' } });
    await t.kabinet.applications.passDue();
    expect(t.agency.caseOf(id)?.supplements).toHaveLength(1);
    expect(await deliver(resumed!)).toMatchObject({ status: 200, body: { outcome: 'unchanged' } });
    expect(await deliver(approved!)).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    const certificates = await t.call('GET', '/v1/certificates', me.token);
    expect(certificates).toMatchObject({
      status: 200,
      body: { items: [{ applicationId: id, mediaType: 'application/pdf' }] },
    });
    const cert = await t.call('GET', `/v1/certificates/${certificates.body.items[0].id}`, me.token);
    expect(
      Buffer.from(cert.body.contentBase64, 'base64').toString('latin1').startsWith('%PDF-'),
    ).toBe(true);
    const other = await signedIn(t);
    expect(
      (await t.call('GET', `/v1/certificates/${certificates.body.items[0].id}`, other.token))
        .status,
    ).toBe(404);
    expect(
      await t.call('POST', '/v1/agency/callbacks', undefined, undefined, 'en', {
        body: '{not json',
        headers: { 'content-type': 'application/json' },
      }),
    ).toMatchObject({ status: 401 });
  });

  it('SVC-1: the duty is checked against payments: submit is 409 until the charge is paid, then the payment is recorded (and not reusable)', async () => {
    const t = api();
    const me = await signedIn(t);
    const draft = await t.call('POST', '/v1/applications', me.token, {
      serviceCode: 'stay_registration',
      fields: { arrivalDate: '10.01.2027', address: 'г. Москва, ул. Тверская, д. 7' },
    });
    const id = draft.body.id as string;
    await t.call(
      'POST',
      `/v1/applications/${id}/attachments`,
      me.token,
      undefined,
      'en',
      upload('passport_scan', makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }), 'p.jpg'),
    );
    await t.call(
      'POST',
      `/v1/applications/${id}/attachments`,
      me.token,
      undefined,
      'en',
      upload('lease_contract', makePdf(), 'lease.pdf'),
    );
    expect(await t.call('POST', `/v1/applications/${id}/submit`, me.token)).toMatchObject({
      status: 409,
      body: { error: { code: 'application.duty_unpaid' } },
    });
    const charge = await t.call('POST', '/v1/charges', me.token, {
      dutyCode: 'migration_registration',
    });
    expect(charge.status).toBe(201);
    const payment = await t.call('POST', '/v1/payments', me.token, { uin: charge.body.uin });
    const card = t.kabinet.dev.provider!.tokenize({ kind: 'card', number: '4111111111111111' });
    const method = await t.call('POST', '/v1/payment-methods', me.token, {
      kind: 'card',
      token: card.token,
      fingerprint: card.fingerprint,
      label: card.label,
      network: 'visa',
    });
    const paying = await t.call('POST', `/v1/payments/${payment.body.id}/pay`, me.token, {
      methodId: method.body.id,
      idempotencyKey: 'duty-0001-abcd',
    });
    const challenge = t.kabinet.dev.methodCheck!.started.at(-1)!;
    const confirmed = await t.call(
      'POST',
      `/v1/payments/attempts/${paying.body.attempt.id}/confirm`,
      me.token,
      { answer: t.kabinet.dev.methodCheck!.answerFor(challenge.challengeId) },
    );
    expect(confirmed.body.payment.status).toBe('paid');
    const submitted = await t.call('POST', `/v1/applications/${id}/submit`, me.token);
    expect(submitted).toMatchObject({ status: 200, body: { status: 'submitted' } });
    const stored = await t.kabinet.applications.get({ accountId: me.accountId, applicationId: id });
    expect(stored.success && stored.data.application.dutyPaymentId).toBe(payment.body.id);
    const second = await t.call('POST', '/v1/applications', me.token, {
      serviceCode: 'stay_registration',
      fields: { arrivalDate: '10.01.2027', address: 'г. Москва, ул. Тверская, д. 7' },
    });
    const id2 = second.body.id as string;
    await t.call(
      'POST',
      `/v1/applications/${id2}/attachments`,
      me.token,
      undefined,
      'en',
      upload('passport_scan', makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }), 'p.jpg'),
    );
    await t.call(
      'POST',
      `/v1/applications/${id2}/attachments`,
      me.token,
      undefined,
      'en',
      upload('lease_contract', makePdf(), 'lease.pdf'),
    );
    expect(await t.call('POST', `/v1/applications/${id2}/submit`, me.token)).toMatchObject({
      status: 409,
      body: { error: { code: 'application.duty_already_used' } },
    });
  });

  it('one validation path: the upload form reads `kind` with the service’s own schema (the JSON bodies: input-codes.test.ts)', () => {
    const { routes } = createKabinetHttp(api().kabinet);
    const route = routes.find((r) => r.operationId === 'attachToApplication');
    const form = route?.bodyMedia?.['multipart/form-data'] as z.ZodObject;
    expect(Object.keys(form.shape).sort()).toEqual(['file', 'kind']);
    expect(form.shape['kind']).toBe(applicationsInputSchemas.attach.shape.kind);
  });
});
