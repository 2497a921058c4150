import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createPortalServer } from './create-server.js';
import { generateKeysFile } from './load-keys-file.js';

const base = {
  origin: 'http://127.0.0.1:3000',
  secureCookies: false,
  keys: generateKeysFile(),
  kabinet: {
    policy: {
      account: {
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
      },
    },
  },
} as const;

describe('the reference portal server', () => {
  it('keeps the dev outbox off unless KABINET_DEV_OUTBOX=1 turned it on', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: false });
    expect((await request(app).get('/dev/outbox')).status).toBe(404);
    expect((await request(app).get('/dev/outbox/code?to=%2B998901234567')).status).toBe(404);
    expect((await request(app).get('/')).body.outbox).toMatch(/disabled/);
  });

  it('shows the codes it "sent" when the dev outbox is on', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: true });
    const started = await request(app)
      .post('/api/v1/registration/drafts')
      .send({ userType: 'foreign_citizen' });
    const h = { 'x-resume-token': started.body.resumeToken as string };
    const d = `/api/v1/registration/drafts/${started.body.draftId}`;
    await request(app)
      .put(`${d}/contacts`)
      .set(h)
      .send({ phone: '+998901234567', email: 'aziz@example.uz' });
    await request(app).post(`${d}/codes`).set(h).send({ channel: 'phone' });
    const outbox = await request(app).get('/dev/outbox?to=%2B998901234567');
    expect(outbox.body.messages[0]).toMatchObject({ channel: 'sms', purpose: 'registration-code' });
    const code = await request(app).get('/dev/outbox/code?to=%2B998901234567');
    expect(code.text).toMatch(/^\d{6}$/);
    const confirmed = await request(app)
      .post(`${d}/codes/confirm`)
      .set(h)
      .send({ channel: 'phone', code: code.text });
    expect(confirmed.body.draft.phone.confirmed).toBe(true);
  });

  it('serves the API reference page and the OpenAPI document with the public origin', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: false });
    const doc = await request(app).get('/api/openapi.json');
    expect(doc.body.servers).toEqual([{ url: 'http://127.0.0.1:3000/api' }]);
    const page = await request(app).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('id="swagger-ui"');
  });

  it('serves Swagger UI from swagger-ui-dist at /api/docs/assets/… with its content types; /api/docs/ redirects to /api/docs', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: false });
    const page = await request(app).get('/api/docs');
    for (const src of [...page.text.matchAll(/(?:src|href)="(docs\/assets\/[^"]+)"/g)].map(
      (m) => m[1]!,
    )) {
      const asset = await request(app).get(`/api/${src}`);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(
        src.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      );
    }
    const bundle = await request(app).get('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.text.length).toBeGreaterThan(1_000_000);
    expect(bundle.text).toContain('SwaggerUIBundle');
    const slash = await request(app).get('/api/docs/');
    expect(slash.status).toBe(308);
    expect(new URL(slash.headers['location']!, 'http://127.0.0.1:3000/api/docs/').pathname).toBe(
      '/api/docs',
    );
    expect(
      (await request(app).get(new URL('openapi.json', 'http://127.0.0.1:3000/api/docs').pathname))
        .status,
    ).toBe(200);
  });

  it('serves /healthz and /readyz beside the API (no dependencies to check: ready)', async () => {
    const { app } = createPortalServer({ ...base, devOutbox: false });
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await request(app).get('/readyz')).body).toEqual({ status: 'ready', checks: {} });
    const draining = createPortalServer({
      ...base,
      devOutbox: false,
      health: { checks: [], draining: () => true },
    });
    expect((await request(draining.app).get('/readyz')).status).toBe(503);
  });

  it('recognises the operator token only when it is configured and long enough', async () => {
    const token = 'demo-operator-token-0123';
    const on = createPortalServer({ ...base, devOutbox: false, operatorToken: token });
    expect(
      (
        await request(on.app)
          .get('/api/v1/support/accounts/acc_x')
          .set('authorization', `Bearer ${token}`)
      ).status,
    ).toBe(404);
    expect(
      (
        await request(on.app)
          .get('/api/v1/support/accounts/acc_x')
          .set('authorization', 'Bearer wrong-token-000000000')
      ).status,
    ).toBe(401);
    const off = createPortalServer({ ...base, devOutbox: false });
    expect(
      (
        await request(off.app)
          .get('/api/v1/support/accounts/acc_x')
          .set('authorization', `Bearer ${token}`)
      ).status,
    ).toBe(401);
  });
});
