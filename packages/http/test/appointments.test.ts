// «Запись на приём» over HTTP (SVC-2): offices and free slots, hold → confirm → move → pass
// (SVG QR, verified offline with the published keys) → operator check-in; the 24-hour cutoff as
// a 409; a taken slot, another account's appointment and the level gate answered by status.
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import type { PasswordHasher } from '@kabinet/ports';
import {
  defaultAppointmentCatalogue,
  defineAppointmentCatalogue,
  verifyVisitPass,
} from '@kabinet/services/appointments';
import { createKabinet, generateDevelopmentKeys, type Kabinet } from 'kabinet';
import { createKabinetHttp } from '../src/index.js';
import { registerAccount } from './_lib/register-account.js';
import { inMemoryPorts, simulatedPayments } from 'kabinet/testing';
import { createFakeClock } from '@kabinet/core/testing';

const START = Date.UTC(2027, 0, 11, 6, 0, 0);
const PASSWORD = 'Samarqand-2026!';
const keys = generateDevelopmentKeys('appointments');
const plainHasher: PasswordHasher = {
  hash: async (s) => `plain$${s}`,
  verify: async (h, s) => h === `plain$${s}`,
  needsRehash: () => false,
};
// Patents open to every level here, so a freshly registered account can book; residence permits stay confirmed-only.
const catalogue = defineAppointmentCatalogue({
  services: defaultAppointmentCatalogue.services.map((s) =>
    s.id === 'patent' ? { ...s, minLevel: 'simplified' as const } : s,
  ),
});

function api() {
  const clock = createFakeClock(START);
  const kabinet: Kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys,
    clock,
    payments: simulatedPayments({ clock }),
    hasher: plainHasher,
    scanFile: async () => 'clean',
    appointments: { catalogue },
  });
  const { handler } = createKabinetHttp(kabinet, {
    operators: async (request) =>
      request.headers.get('x-test-operator') === 'op_7' ? { operatorId: 'op_7' } : undefined,
  });
  const outbox = kabinet.dev.outbox!;
  async function send(
    method: string,
    path: string,
    init: { token?: string; operator?: boolean; body?: unknown; lang?: string } = {},
  ) {
    const headers: Record<string, string> = { 'accept-language': init.lang ?? 'en' };
    if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
    if (init.operator === true) headers['x-test-operator'] = 'op_7';
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await handler(
      new Request(`http://localhost${path}`, {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
      { ip: '203.0.113.9' },
    );
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: type.includes('json') && text !== '' ? JSON.parse(text) : undefined,
    };
  }
  return { clock, kabinet, outbox, send };
}

type Api = ReturnType<typeof api>;
let counter = 0;

async function login(t: Api, phone: string): Promise<string> {
  const first = await t.send('POST', '/v1/auth/login', {
    body: { login: phone, password: PASSWORD },
  });
  const done = await t.send('POST', '/v1/auth/login/complete', {
    body: { loginToken: first.body.loginToken, method: 'sms', code: t.outbox.lastCode(phone) },
  });
  return done.body.tokens.accessToken as string;
}

async function signedIn(t: Api): Promise<{ accountId: string; token: string; phone: string }> {
  counter += 1;
  const phone = `+99890${String(4000000 + counter).slice(-7)}`;
  const email = `visit${counter}@example.uz`;
  const created = await registerAccount(t.kabinet, {
    phone,
    email,
    password: PASSWORD,
    passport: `AD${String(1000000 + counter).slice(-7)}`,
    migrationCard: {
      number: `4015 ${String(3000000 + counter).slice(-7)}`,
      entryDate: '15.12.2026',
      stayUntil: '14.03.2027',
    },
  });
  t.clock.advance(120_000);
  return { accountId: created.accountId, token: await login(t, phone), phone };
}

describe('appointment routes (SVC-2)', () => {
  it("SVC-2: offices and free slots (local times in the office's zone), hold → confirm → move → pass (SVG QR, verified offline) → operator check-in", async () => {
    const t = api();
    const me = await signedIn(t);
    const offices = await t.send('GET', '/v1/offices', { lang: 'ru' });
    expect(offices.status).toBe(200);
    expect(offices.body.items.find((o: { id: string }) => o.id === 'vvo-1')).toMatchObject({
      timeZone: 'Asia/Vladivostok',
      name: 'Отдел по вопросам миграции, Владивосток',
    });
    const slots = await t.send(
      'GET',
      '/v1/offices/vvo-1/slots?service=patent&from=2027-01-18&to=2027-01-18',
      { lang: 'ru' },
    );
    expect(slots).toMatchObject({ status: 200, body: { timeZone: 'Asia/Vladivostok' } });
    expect(slots.body.items[0]).toEqual({
      slot: '2027-01-18T09:00',
      start: Date.UTC(2027, 0, 17, 23, 0),
      end: Date.UTC(2027, 0, 17, 23, 15),
      capacity: 2,
      free: 2,
      display: '18 января 2027 г. в 09:00',
    });
    const held = await t.send('POST', '/v1/appointments', {
      token: me.token,
      body: { officeId: 'vvo-1', serviceId: 'patent', slot: '2027-01-18T09:00' },
    });
    expect(held).toMatchObject({
      status: 201,
      body: { state: 'held', stateText: 'Held', holdUntil: t.clock.now() + 600_000 },
    });
    expect(held.body.documents.map((d: { code: string }) => d.code)).toEqual([
      'passport',
      'migration_card',
      'registration_notice',
      'medical',
    ]);
    const id = held.body.id as string;
    expect(
      await t.send('POST', `/v1/appointments/${id}/confirm`, { token: me.token }),
    ).toMatchObject({
      status: 200,
      body: { state: 'booked', changeableUntil: Date.UTC(2027, 0, 16, 23, 0) },
    });
    const moved = await t.send('POST', `/v1/appointments/${id}/move`, {
      token: me.token,
      body: { slot: '2027-01-19T10:00' },
      lang: 'ru',
    });
    expect(moved).toMatchObject({
      status: 200,
      body: {
        state: 'booked',
        slot: '2027-01-19T10:00',
        display: '19 января 2027 г. в 10:00',
        moves: 1,
      },
    });
    const pass = await t.send('GET', `/v1/appointments/${id}/pass.svg`, { token: me.token });
    expect(pass.status).toBe(200);
    expect(pass.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(pass.text.startsWith('<svg')).toBe(true);
    const published = await t.send('GET', '/v1/visit-pass-keys');
    const text = pass.headers.get('x-visit-pass')!;
    expect(await verifyVisitPass(text, published.body.keys, t.clock.now())).toMatchObject({
      success: true,
      data: { appointmentId: id, officeId: 'vvo-1' },
    });
    expect((await t.send('POST', '/v1/operator/check-in', { body: { pass: text } })).status).toBe(
      401,
    );
    expect(
      (await t.send('POST', '/v1/operator/check-in', { token: me.token, body: { pass: text } }))
        .status,
    ).toBe(403);
    expect(
      await t.send('POST', '/v1/operator/check-in', {
        operator: true,
        body: { pass: text, officeId: 'vvo-1' },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'appointment.checkin_wrong_day' } } });
    t.clock.set(Date.UTC(2027, 0, 19, 0, 0));
    expect(
      await t.send('POST', '/v1/operator/check-in', {
        operator: true,
        body: { pass: text, officeId: 'vvo-1' },
      }),
    ).toMatchObject({ status: 200, body: { state: 'checked_in' } });
    const forged = text.slice(0, -3) + (text.at(-3) === 'A' ? 'B' : 'A') + text.slice(-2);
    expect(
      await t.send('POST', '/v1/operator/check-in', { operator: true, body: { pass: forged } }),
    ).toMatchObject({ status: 422 });
    expect(
      await t.send('GET', '/v1/appointments', { token: await login(t, me.phone) }),
    ).toMatchObject({
      status: 200,
      body: { items: [{ id, state: 'checked_in', stateText: 'Visited' }] },
    });
  });

  it("SVC-2: the 24-hour cutoff is a 409 with its message; a full slot is a 409; another account's appointment 404; the level gate 403; bad input 422", async () => {
    const t = api();
    const me = await signedIn(t);
    const other = await signedIn(t);
    const held = await t.send('POST', '/v1/appointments', {
      token: me.token,
      body: { officeId: 'kgd-1', serviceId: 'patent', slot: '2027-01-13T09:00' },
    });
    const id = held.body.id as string;
    await t.send('POST', `/v1/appointments/${id}/confirm`, { token: me.token });
    await t.send('POST', '/v1/appointments', {
      token: other.token,
      body: { officeId: 'kgd-1', serviceId: 'patent', slot: '2027-01-13T09:00' },
    });
    expect(
      await t.send('POST', '/v1/appointments', {
        token: (await signedIn(t)).token,
        body: { officeId: 'kgd-1', serviceId: 'patent', slot: '2027-01-13T09:00' },
      }),
    ).toMatchObject({ status: 409, body: { error: { code: 'appointment.slot_taken' } } });
    expect(await t.send('GET', `/v1/appointments/${id}`, { token: other.token })).toMatchObject({
      status: 404,
      body: { error: { code: 'appointment.not_found' } },
    });
    expect(
      await t.send('POST', '/v1/appointments', {
        token: me.token,
        body: { officeId: 'mow-1', serviceId: 'rvp_application', slot: '2027-01-18T09:00' },
      }),
    ).toMatchObject({ status: 403, body: { error: { code: 'appointment.level_too_low' } } });
    expect(
      await t.send('POST', '/v1/appointments', {
        token: me.token,
        body: { officeId: 'mow-1', serviceId: 'patent', slot: 42 },
      }),
    ).toMatchObject({ status: 422, body: { error: { code: 'input.not_a_string' } } });
    expect(
      await t.send('GET', '/v1/offices/mow-1/slots?service=patent&from=2027-01-20&to=2027-01-18'),
    ).toMatchObject({ status: 422, body: { error: { code: 'appointment.range_invalid' } } });
    t.clock.set(Date.UTC(2027, 0, 12, 7, 0) + 1);
    const late = await t.send('POST', `/v1/appointments/${id}/cancel`, {
      token: await login(t, me.phone),
      lang: 'ru',
    });
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: 'appointment.change_too_late' } },
    });
    expect(late.body.error.message).toBe(
      'Изменить или отменить запись можно не позднее чем за 24 ч до приёма',
    );
    expect((await t.send('GET', '/v1/appointments')).status).toBe(401);
  });

  it('S-17: any body, pass or query on the appointment routes is answered below 500', async () => {
    const t = api();
    const me = await signedIn(t);
    const json = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          officeId: fc.oneof(fc.constantFrom('mow-1', 'vvo-1'), fc.string(), fc.integer()),
          serviceId: fc.oneof(fc.constant('patent'), fc.string()),
          slot: fc.oneof(
            fc.constantFrom('2027-01-18T09:00', '2027-02-30T09:00', '2027-01-18T13:15'),
            fc.string(),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        json,
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 12 }),
        async (body, pass, from) => {
          for (const r of [
            await t.send('POST', '/v1/appointments', { token: me.token, body }),
            await t.send('POST', '/v1/appointments/apt_x/move', { token: me.token, body }),
            await t.send('POST', '/v1/operator/check-in', { operator: true, body: { pass } }),
            await t.send(
              'GET',
              `/v1/offices/mow-1/slots?service=patent&from=${encodeURIComponent(from)}&to=${encodeURIComponent(from)}`,
            ),
          ])
            expect(r.status).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });
});
