import { createHash } from 'node:crypto';
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
    const operations = Object.values(
      res.body.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap((m) => Object.values(m).map((o) => o.operationId));
    expect(operations.sort()).toEqual(t.http.routes.map((r) => r.operationId).sort());
    expect(
      res.body.paths['/v1/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['login', 'password']);
    expect(
      res.body.paths['/v1/registration/drafts/{draftId}/documents'].post.requestBody.content,
    ).toHaveProperty('multipart/form-data');
    expect(
      res.body.paths['/v1/payments'].get.parameters.map((p: { name: string }) => p.name),
    ).toEqual(expect.arrayContaining(['from', 'to', 'serviceType', 'status']));
  });

  it('serves the reference page: without a renderer a script-free page, with one Swagger UI from this origin only, pinned by integrity; openapi.json resolves from /api/docs and /api/docs/', async () => {
    const cspOf = (header: string | undefined) =>
      Object.fromEntries(
        (header ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
    // The page's relative links resolve against the URL the browser ends up on.
    const openapiFrom = async (
      t: ReturnType<typeof createTestApp>,
      html: string,
      pageUrl: string,
    ) => {
      const href = /<(?:a|div)[^>]*(?:href|data-openapi)="([^"]*openapi\.json)"/.exec(html)?.[1];
      expect(href).toBeDefined();
      const resolved = new URL(href!, `http://kabinet.test${pageUrl}`).pathname;
      expect(resolved).toBe('/api/openapi.json');
      const doc = await client(t).agent.get(resolved);
      expect(doc.status).toBe(200);
      expect(doc.body.openapi).toBe('3.1.0');
    };
    const thirdParty = (html: string) =>
      [...html.matchAll(/(?:src|href)="([^"]*)"/g)]
        .map((m) => m[1]!)
        .filter((u) => /^(?:[a-z]+:)?\/\//i.test(u));

    const plain = createTestApp();
    const page = await client(plain).agent.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(cspOf(page.headers['content-security-policy'])).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    expect(page.text).toContain('<style>');
    expect(page.text).not.toMatch(/<script/i);
    expect(thirdParty(page.text)).toEqual([]);
    await openapiFrom(plain, page.text, '/api/docs');
    const slash = await client(plain).agent.get('/api/docs/');
    expect(slash.status).toBe(308);
    const landed = new URL(slash.headers.location ?? '', 'http://kabinet.test/api/docs/').pathname;
    expect(landed).toBe('/api/docs');
    await openapiFrom(plain, (await client(plain).agent.get(landed)).text, landed);
    expect((await client(plain).agent.get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(
      404,
    );

    const renderer = {
      script:
        'window.SwaggerUIBundle = function () {};\n//# sourceMappingURL=swagger-ui-bundle.js.map\n',
      stylesheet: '.swagger-ui{color:#000}',
    };
    const t = createTestApp({ http: { docs: { renderer } } });
    const ui = await client(t).agent.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(cspOf(ui.headers['content-security-policy'])).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    expect(ui.text).not.toMatch(/<script>(?!<\/script>)/);
    expect(thirdParty(ui.text)).toEqual([]);
    await openapiFrom(t, ui.text, '/api/docs');
    // Every file the page loads is served under /api/docs/assets and matches its integrity hash.
    const loaded = [
      ...ui.text.matchAll(
        /<(?:script src|link rel="stylesheet" href)="([^"]+)" integrity="(sha384-[^"]+)"/g,
      ),
    ].map((m) => [m[1]!, m[2]!] as const);
    expect(loaded.map(([src]) => src).sort()).toEqual([
      'docs/assets/init.js',
      'docs/assets/swagger-ui-bundle.js',
      'docs/assets/swagger-ui.css',
    ]);
    for (const [src, integrity] of loaded) {
      const path = new URL(src, 'http://kabinet.test/api/docs').pathname;
      expect(path.startsWith('/api/docs/assets/')).toBe(true);
      const file = await client(t)
        .agent.get(path)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(file.status).toBe(200);
      expect(
        `sha384-${createHash('sha384')
          .update(file.body as Buffer)
          .digest('base64')}`,
      ).toBe(integrity);
    }
    const bundle = await client(t).agent.get('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(bundle.text).not.toContain('sourceMappingURL');
    const api = await client(t).agent.get('/api/v1/sessions');
    expect(api.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('unknown paths are 404 and wrong methods 405 with Allow, as JSON', async () => {
    const t = createTestApp();
    const missing = await client(t).agent.get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('http.not_found');
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
    const first = await c.json('post', '/v1/auth/login', {
      login: account.phone,
      password: PASSWORD,
    });
    const tooSoon = await c.json('post', '/v1/auth/login/code', {
      loginToken: first.body.loginToken,
      method: 'sms',
    });
    expect(tooSoon.status).toBe(429);
    t.clock.advance(61_000);
    const byEmail = await c.json('post', '/v1/auth/login/code', {
      loginToken: first.body.loginToken,
      method: 'email',
    });
    expect(byEmail.status).toBe(202);
    const code = t.kabinet.dev.outbox!.lastCode(account.email)!;
    const done = await c.json('post', '/v1/auth/login/complete', {
      loginToken: first.body.loginToken,
      method: 'email',
      code,
    });
    expect(done.status).toBe(200);
    const h = bearer(done.body.tokens.accessToken);
    await c.json('post', '/v1/identity/checks/documents', undefined, h);
    const fresh = (
      await c.json('post', '/v1/sessions/refresh', { refreshToken: done.body.tokens.refreshToken })
    ).body.tokens;
    const video = await c.json(
      'post',
      '/v1/identity/confirmations',
      { method: 'video', evidence: { appointmentAt: t.clock.now() + 3_600_000 } },
      bearer(fresh.accessToken),
    );
    const cancelled = await c.json(
      'post',
      `/v1/identity/checks/${video.body.checkId}/cancel`,
      undefined,
      bearer(fresh.accessToken),
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
  });

  it('support cancels an unpaid payment by its transaction number', async () => {
    const t = createTestApp();
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    const issued = await c.json(
      'post',
      '/v1/charges',
      { dutyCode: 'work_permit' },
      bearer(tokens.accessToken),
    );
    const created = await c.json(
      'post',
      '/v1/payments',
      { uin: issued.body.uin },
      bearer(tokens.accessToken),
    );
    const cancelled = await c.json(
      'post',
      `/v1/support/payments/${created.body.transactionNumber}/cancel`,
      { reason: 'accrual_annulled' },
      bearer(OPERATOR_TOKEN),
    );
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
      const pattern = route.path
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{\w+\\?\}|\{\w+\}/g, '[^/\'"`?]+');
      return !new RegExp(`['"\`](/api)?${pattern}['"\`?]`).test(sources);
    });
    expect(untested.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
