// «Запись на приём» through the Express adapter (SVC-2): offices and free slots in the office's
// zone, hold → confirm → move → the pass as an SVG QR → operator check-in (only on the day, only
// an operator, a forged pass refused); the published pass keys; cancel, and the 24-hour cutoff as
// a 409 in the asked language; a taken slot, another account's appointment and the level gate.
import { describe, expect, it } from 'vitest';
import {
  client,
  confirmedUser,
  createTestApp,
  login,
  OPERATOR_TOKEN,
  registerActive,
  type TestApp,
} from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const operator = bearer(OPERATOR_TOKEN);
const DAY = '2026-03-05';

/** A response body read as bytes whatever its type (supertest leaves images unparsed). */
function raw(t: TestApp, path: string, headers: Record<string, string>) {
  let req = client(t).agent.get(`/api${path}`);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** A registered account lifted to `standard` by the documents check (enough for a patent, not for a residence permit). */
async function standardUser(t: TestApp): Promise<{ accessToken: string }> {
  const c = client(t);
  const tokens = await login(t, await registerActive(t));
  expect(
    (await c.json('post', '/v1/identity/checks/documents', undefined, bearer(tokens.accessToken)))
      .body.state,
  ).toBe('confirmed');
  return (await c.json('post', '/v1/sessions/refresh', { refreshToken: tokens.refreshToken })).body
    .tokens;
}

async function freeSlots(t: TestApp, officeId = 'mow-1', service = 'patent', lang = 'en') {
  const slots = await client(t).json(
    'get',
    `/v1/offices/${officeId}/slots?service=${service}&from=${DAY}&to=${DAY}`,
    undefined,
    { 'accept-language': lang },
  );
  expect(slots.status).toBe(200);
  return slots.body as {
    timeZone: string;
    items: {
      slot: string;
      start: number;
      end: number;
      capacity: number;
      free: number;
      display: string;
    }[];
  };
}

describe('appointments over HTTP (SVC-2)', () => {
  it('SVC-2: offices and slots; hold → confirm → move → SVG pass → operator check-in on the day (401/403 for others, a forged pass 422); the visit-pass keys', async () => {
    const t = createTestApp();
    const { account, tokens } = await confirmedUser(t);
    const h = bearer(tokens.accessToken);
    const c = client(t);

    const offices = await c.json('get', '/v1/offices', undefined, { 'accept-language': 'ru' });
    expect(offices.status).toBe(200);
    expect(offices.body.items.find((o: { id: string }) => o.id === 'vvo-1')).toMatchObject({
      timeZone: 'Asia/Vladivostok',
      name: 'Отдел по вопросам миграции, Владивосток',
    });
    const moscow = await freeSlots(t, 'mow-1', 'patent', 'ru');
    expect(moscow.timeZone).toBe('Europe/Moscow');
    const [first, second] = moscow.items;
    expect(first).toMatchObject({
      slot: `${DAY}T09:00`,
      start: Date.UTC(2026, 2, 5, 6, 0),
      free: first!.capacity,
      display: '5 марта 2026 г. в 09:00',
    });
    expect(
      await c.json('get', '/v1/offices/mow-1/slots?service=patent&from=2026-03-06&to=2026-03-04'),
    ).toMatchObject({ status: 422, body: { error: { code: 'appointment.range_invalid' } } });

    expect(
      (
        await c.json('post', '/v1/appointments', {
          officeId: 'mow-1',
          serviceId: 'patent',
          slot: first!.slot,
        })
      ).status,
    ).toBe(401);
    const held = await c.json(
      'post',
      '/v1/appointments',
      { officeId: 'mow-1', serviceId: 'patent', slot: first!.slot },
      { ...h, 'accept-language': 'en' },
    );
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
    expect((await freeSlots(t)).items[0]!.free).toBe(first!.capacity - 1);
    expect(await c.json('post', `/v1/appointments/${id}/confirm`, undefined, h)).toMatchObject({
      status: 200,
      body: { state: 'booked', changeableUntil: first!.start - 24 * 3_600_000 },
    });
    const moved = await c.json(
      'post',
      `/v1/appointments/${id}/move`,
      { slot: second!.slot },
      { ...h, 'accept-language': 'ru' },
    );
    expect(moved).toMatchObject({
      status: 200,
      body: { state: 'booked', slot: second!.slot, display: '5 марта 2026 г. в 09:15', moves: 1 },
    });
    expect(await c.json('get', `/v1/appointments/${id}`, undefined, h)).toMatchObject({
      status: 200,
      body: { id, state: 'booked', slot: second!.slot },
    });

    const pass = await raw(t, `/v1/appointments/${id}/pass.svg`, h);
    expect(pass.status).toBe(200);
    expect(pass.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect((pass.body as Buffer).toString('utf8').startsWith('<svg')).toBe(true);
    const text = pass.headers['x-visit-pass']!;
    expect(text).toEqual(expect.any(String));
    const other = await login(t, await registerActive(t));
    expect(
      (await raw(t, `/v1/appointments/${id}/pass.svg`, bearer(other.accessToken))).status,
    ).toBe(404);

    const keys = await c.json('get', '/v1/visit-pass-keys');
    expect(keys.status).toBe(200);
    expect(keys.body.keys.length).toBeGreaterThan(0);

    expect((await c.json('post', '/v1/operator/check-in', { pass: text })).status).toBe(401);
    expect((await c.json('post', '/v1/operator/check-in', { pass: text }, h)).status).toBe(403);
    expect(
      await c.json('post', '/v1/operator/check-in', { pass: text, officeId: 'mow-1' }, operator),
    ).toMatchObject({ status: 409, body: { error: { code: 'appointment.checkin_wrong_day' } } });
    t.clock.set(second!.start - 30 * 60_000);
    const forged = text.slice(0, -3) + (text.at(-3) === 'A' ? 'B' : 'A') + text.slice(-2);
    expect((await c.json('post', '/v1/operator/check-in', { pass: forged }, operator)).status).toBe(
      422,
    );
    expect(
      await c.json('post', '/v1/operator/check-in', { pass: text, officeId: 'mow-1' }, operator),
    ).toMatchObject({ status: 200, body: { state: 'checked_in' } });
    const fresh = await login(t, account);
    expect(
      await c.json('get', '/v1/appointments', undefined, {
        ...bearer(fresh.accessToken),
        'accept-language': 'en',
      }),
    ).toMatchObject({
      status: 200,
      body: { items: [{ id, state: 'checked_in', stateText: 'Visited' }] },
    });
  });

  it('SVC-2: cancel frees the slot; within 24 hours a change is a 409 with its Russian message; a full slot 409; another account 404; the level gate 403; bad input 422', async () => {
    const t = createTestApp();
    const { account, tokens } = await confirmedUser(t);
    const h = bearer(tokens.accessToken);
    const c = client(t);
    const [first, second] = (await freeSlots(t)).items;

    const a = await c.json(
      'post',
      '/v1/appointments',
      { officeId: 'mow-1', serviceId: 'patent', slot: first!.slot },
      h,
    );
    await c.json('post', `/v1/appointments/${a.body.id}/confirm`, undefined, h);
    const cancelled = await c.json('post', `/v1/appointments/${a.body.id}/cancel`, undefined, {
      ...h,
      'accept-language': 'en',
    });
    expect(cancelled).toMatchObject({ status: 200, body: { id: a.body.id, state: 'cancelled' } });
    expect((await freeSlots(t)).items[0]!.free).toBe(first!.capacity);

    // A slot of capacity N takes N holds, then refuses.
    const others = [];
    for (let i = 0; i < second!.capacity; i++) others.push(await standardUser(t));
    await c
      .json(
        'post',
        '/v1/appointments',
        { officeId: 'mow-1', serviceId: 'patent', slot: first!.slot },
        h,
      )
      .then((r) => expect(r.status).toBe(201));
    for (const o of others)
      expect(
        (
          await c.json(
            'post',
            '/v1/appointments',
            { officeId: 'mow-1', serviceId: 'patent', slot: second!.slot },
            bearer(o.accessToken),
          )
        ).status,
      ).toBe(201);
    const mine = await c.json(
      'post',
      '/v1/appointments',
      { officeId: 'mow-1', serviceId: 'patent', slot: second!.slot },
      h,
    );
    expect(mine).toMatchObject({
      status: 409,
      body: { error: { code: 'appointment.slot_taken' } },
    });

    const b = (await c.json('get', '/v1/appointments', undefined, h)).body.items.find(
      (x: { state: string }) => x.state === 'held',
    );
    expect(b).toBeDefined();
    expect(
      await c.json('get', `/v1/appointments/${b.id}`, undefined, bearer(others[0]!.accessToken)),
    ).toMatchObject({ status: 404, body: { error: { code: 'appointment.not_found' } } });
    expect(
      await c.json(
        'post',
        `/v1/appointments/${b.id}/cancel`,
        undefined,
        bearer(others[0]!.accessToken),
      ),
    ).toMatchObject({ status: 404, body: { error: { code: 'appointment.not_found' } } });
    expect(
      await c.json(
        'post',
        '/v1/appointments',
        { officeId: 'mow-1', serviceId: 'rvp_application', slot: first!.slot },
        bearer(others[0]!.accessToken),
      ),
    ).toMatchObject({ status: 403, body: { error: { code: 'appointment.level_too_low' } } });
    expect(
      await c.json(
        'post',
        '/v1/appointments',
        { officeId: 'mow-1', serviceId: 'patent', slot: 42 },
        h,
      ),
    ).toMatchObject({ status: 422, body: { error: { code: 'input.not_a_string' } } });
    expect((await c.json('get', '/v1/appointments')).status).toBe(401);

    await c.json('post', `/v1/appointments/${b.id}/confirm`, undefined, h);
    t.clock.set(first!.start - 24 * 3_600_000 + 1);
    const late = await c.json('post', `/v1/appointments/${b.id}/cancel`, undefined, {
      ...bearer((await login(t, account)).accessToken),
      'accept-language': 'ru',
    });
    expect(late).toMatchObject({
      status: 409,
      body: { error: { code: 'appointment.change_too_late' } },
    });
    expect(late.body.error.message).toBe(
      'Изменить или отменить запись можно не позднее чем за 24 ч до приёма',
    );
  });

  it('SVC-2: a confirmed account may book a confirmed-only service', async () => {
    const t = createTestApp();
    const { tokens } = await confirmedUser(t);
    const [slot] = (await freeSlots(t, 'mow-1', 'rvp_application')).items;
    const held = await client(t).json(
      'post',
      '/v1/appointments',
      { officeId: 'mow-1', serviceId: 'rvp_application', slot: slot!.slot },
      bearer(tokens.accessToken),
    );
    expect(held).toMatchObject({
      status: 201,
      body: { state: 'held', serviceId: 'rvp_application' },
    });
  });
});
