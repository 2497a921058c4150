import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { client, createTestApp, login, OPERATOR_TOKEN, PASSWORD, registerActive } from './_kit.js';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('the API document and reference page', () => {
  it('serves the OpenAPI 3.1 document generated from the route schemas', async () => {
    const t = createTestApp();
    const res = await client(t).agent.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const operations = Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((m) => Object.values(m).map((o) => o.operationId));
    expect(operations.sort()).toEqual(t.http.routes.map((r) => r.operationId).sort());
    expect(res.body.paths['/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['login', 'password']);
    expect(res.body.paths['/v1/registration/drafts/{draftId}/documents'].post.requestBody.content).toHaveProperty('multipart/form-data');
    expect(res.body.paths['/v1/payments'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['from', 'to', 'serviceType', 'status']));
  });

  it('serves the reference page with a CSP that allows its inline styles and nothing else', async () => {
    const t = createTestApp();
    const res = await client(t).agent.get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<style>');
    expect(res.text).toContain('/v1/auth/login');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const api = await client(t).agent.get('/api/v1/sessions');
    expect(api.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('unknown paths are 404 and wrong methods 405 with Allow, as JSON', async () => {
    const t = createTestApp();
    const missing = await client(t).agent.get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrong = await client(t).agent.delete('/api/v1/auth/login');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
  });
});

describe('the remaining use cases', () => {
  it('sends the login code again on request and cancels an identity check', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const c = client(t);
    const first = await c.json('post', '/v1/auth/login', { login: account.phone, password: PASSWORD });
    const tooSoon = await c.json('post', '/v1/auth/login/code', { loginToken: first.body.loginToken, method: 'sms' });
    expect(tooSoon.status).toBe(429);
    t.clock.advance(61_000);
    const byEmail = await c.json('post', '/v1/auth/login/code', { loginToken: first.body.loginToken, method: 'email' });
    expect(byEmail.status).toBe(202);
    const code = t.kabinet.dev.outbox!.lastCode(account.email)!;
    const done = await c.json('post', '/v1/auth/login/complete', { loginToken: first.body.loginToken, method: 'email', code });
    expect(done.status).toBe(200);
    const h = bearer(done.body.tokens.accessToken);
    await c.json('post', '/v1/identity/checks/documents', undefined, h);
    const fresh = (await c.json('post', '/v1/sessions/refresh', { refreshToken: done.body.tokens.refreshToken })).body.tokens;
    const video = await c.json('post', '/v1/identity/confirmations', { method: 'video', evidence: { appointmentAt: t.clock.now() + 3_600_000 } }, bearer(fresh.accessToken));
    const cancelled = await c.json('post', `/v1/identity/checks/${video.body.checkId}/cancel`, undefined, bearer(fresh.accessToken));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('support cancels an unpaid payment by its transaction number', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const issued = await c.json('post', '/v1/charges', { dutyCode: 'work_permit' }, bearer(tokens.accessToken));
    const created = await c.json('post', '/v1/payments', { uin: issued.body.uin }, bearer(tokens.accessToken));
    const cancelled = await c.json('post', `/v1/support/payments/${created.body.transactionNumber}/cancel`, { reason: 'accrual_annulled' }, bearer(OPERATOR_TOKEN));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('every route of the API is exercised by an end-to-end test in this folder', () => {
    const t = createTestApp();
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.e2e.test.ts') || f === '_kit.ts')
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const untested = t.http.routes.filter((route) => {
      const pattern = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, "[^/'\"`?]+");
      return !new RegExp(`['"\`](/api)?${pattern}['"\`?]`).test(sources);
    });
    expect(untested.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
