// The demo's dev clock and dev payment decline: only with the dev outbox, moved over HTTP, and
// the Kabinet behind the server really runs on it (a code's resend limit is passed by moving it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { freePort } from '../test/_lib/server-process.js';
import { createPortalServer } from './create-server.js';
import { createDevClock } from './dev-clock.js';
import { MAX_DEV_CLOCK_STEP_MS } from './dev-clock-routes.js';
import { generateKeysFile } from './load-keys-file.js';
import { startServer } from './start-server.js';
import { createFakeClock } from '@kabinet/core/testing';

const keys = generateKeysFile();
const base = { origin: 'http://127.0.0.1:3000', secureCookies: false, keys } as const;

describe('createDevClock', () => {
  test.prop([fc.integer({ min: 0, max: 2 ** 40 }), fc.array(fc.integer({ min: 1, max: 2 ** 32 }))])(
    'runs with its base clock, ahead by the sum of every step',
    (start, steps) => {
      const real = createFakeClock(start);
      const clock = createDevClock(real);
      for (const step of steps) clock.advance(step);
      real.advance(1234);
      const sum = steps.reduce((a, b) => a + b, 0);
      expect(clock.offsetMs()).toBe(sum);
      expect(clock.now()).toBe(start + 1234 + sum);
    },
  );

  it('never moves back, nor by a fraction or a non-number', () => {
    const clock = createDevClock(createFakeClock(0));
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(() => clock.advance(bad), String(bad)).toThrow(RangeError);
    expect(clock.now()).toBe(0);
  });
});

describe('the dev clock routes', () => {
  it('are 404 without the dev outbox, even when a dev clock is handed in', async () => {
    const devClock = createDevClock();
    const { app } = createPortalServer({ ...base, devOutbox: false, devClock });
    expect((await request(app).get('/dev/clock')).status).toBe(404);
    expect((await request(app).post('/dev/clock/advance').send({ ms: 1000 })).status).toBe(404);
    expect(devClock.offsetMs()).toBe(0);
    expect((await request(app).post('/dev/payments/fail-next').send({})).status).toBe(404);
  });

  it('S-5: with the dev outbox the server runs on the dev clock; moving it past the resend limit lets a second code go', async () => {
    const devClock = createDevClock();
    const { app } = createPortalServer({ ...base, devOutbox: true, devClock });
    const read = await request(app).get('/dev/clock');
    expect(read.body.offsetMs).toBe(0);
    expect(Math.abs(Date.parse(read.body.now) - Date.now())).toBeLessThan(5_000);
    const started = await request(app)
      .post('/api/v1/registration/drafts')
      .send({ userType: 'foreign_citizen' });
    const h = { 'x-resume-token': started.body.resumeToken as string };
    const d = `/api/v1/registration/drafts/${started.body.draftId}`;
    await request(app)
      .put(`${d}/contacts`)
      .set(h)
      .send({ phone: '+998901234567', email: 'aziz@example.uz' });
    expect((await request(app).post(`${d}/codes`).set(h).send({ channel: 'phone' })).status).toBe(
      202,
    );
    expect((await request(app).post(`${d}/codes`).set(h).send({ channel: 'phone' })).status).toBe(
      429,
    );
    const moved = await request(app).post('/dev/clock/advance').send({ ms: 3_600_000 });
    expect(moved.status).toBe(200);
    expect(moved.body.offsetMs).toBe(3_600_000);
    expect(Date.parse(moved.body.now) - Date.now()).toBeGreaterThan(3_595_000);
    expect((await request(app).post(`${d}/codes`).set(h).send({ channel: 'phone' })).status).toBe(
      202,
    );
  });

  it('answers a bad step with a 422 naming the field, in the request’s language, and does not move', async () => {
    const devClock = createDevClock();
    const { app } = createPortalServer({ ...base, devOutbox: true, devClock });
    const cases: [unknown, string][] = [
      [{}, 'input.required'],
      [{ ms: '1000' }, 'input.wrong_type'],
      [{ ms: 1.5 }, 'input.not_an_integer'],
      [{ ms: 0 }, 'input.too_small'],
      [{ ms: MAX_DEV_CLOCK_STEP_MS + 1 }, 'input.too_large'],
    ];
    for (const [body, code] of cases) {
      const ru = await request(app)
        .post('/dev/clock/advance')
        .send(body as object);
      expect(ru.status).toBe(422);
      expect(ru.body.error.issues[0]).toMatchObject({ code, path: ['ms'] });
      expect(ru.body.error.issues[0].message).toMatch(/[А-Яа-я]/);
      const en = await request(app)
        .post('/dev/clock/advance')
        .set('accept-language', 'en')
        .send(body as object);
      expect(en.body.error.issues[0].message).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(devClock.offsetMs()).toBe(0);
  });

  it('are off when the server starts without KABINET_DEV_OUTBOX=1, and on with it', async () => {
    for (const devOutbox of [undefined, '1']) {
      const dataDir = mkdtempSync(join(tmpdir(), 'kabinet-dev-clock-'));
      const running = await startServer(
        {
          KABINET_STORAGE: 'memory',
          KABINET_DATA_DIR: dataDir,
          PORT: String(await freePort()),
          ...(devOutbox === undefined ? {} : { KABINET_DEV_OUTBOX: devOutbox }),
        },
        () => {},
      );
      try {
        const origin = `http://127.0.0.1:${running.settings.port}`;
        const res = await fetch(`${origin}/dev/clock/advance`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ms: 86_400_000 }),
        });
        expect(res.status, `KABINET_DEV_OUTBOX=${devOutbox}`).toBe(devOutbox === '1' ? 200 : 404);
        const health = await fetch(`${origin}/healthz`);
        expect(health.status).toBe(200);
      } finally {
        await running.shutdown();
      }
    }
  });
});

describe('the dev payment decline', () => {
  it('PAY-4: queues one decline in the simulated bank: the next payment fails with the reason, the one after succeeds; an unknown reason is a 422', async () => {
    const { app, kabinet } = createPortalServer({ ...base, devOutbox: true });
    const bad = await request(app).post('/dev/payments/fail-next').send({ reason: 'bad_luck' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0]).toMatchObject({ code: 'input.not_one_of', path: ['reason'] });
    const queued = await request(app)
      .post('/dev/payments/fail-next')
      .send({ reason: 'limit_exceeded' });
    expect(queued.body).toEqual({ queued: 'limit_exceeded' });
    const provider = kabinet.dev.provider!;
    const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    const pay = async (n: number) => {
      const created = await provider.create({
        reference: `att_${n}`,
        paymentId: 'pay_1',
        amountKopecks: 350_000,
        uin: '32117072411021588933',
        description: 'Госпошлина',
        capture: 'automatic',
        idempotencyKey: `create-${n}`,
      });
      return provider.confirm({
        providerPaymentId: created.providerPaymentId,
        method: { kind: 'card', token: card.token },
        idempotencyKey: `confirm-${n}`,
      });
    };
    const first = await pay(1);
    expect(first.status).toBe('failed');
    expect(first.failure?.code).toBe('limit_exceeded');
    expect((await pay(2)).status).toBe('succeeded');
  });
});
