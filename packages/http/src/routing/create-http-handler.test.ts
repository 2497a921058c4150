import { afterEach, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { KabinetError, defineCatalogue, fail, issue } from '@kabinet/core';
import { createHttpHandler } from './create-http-handler.js';
import { defineRoute } from './define-route.js';
import type { ServerFault } from '../faults/server-fault.js';

interface Principal {
  id: string;
  role: 'user' | 'operator';
}
const store: string[] = [];
const routes = [
  defineRoute<Principal, z.ZodObject<{ name: z.ZodString }>>({
    operationId: 'createThing',
    method: 'POST',
    path: '/v1/things',
    summary: 'Create',
    tags: ['t'],
    access: 'public',
    body: z.object({ name: z.string().max(20) }),
    responses: { 201: { description: 'created' } },
    handle: async (ctx) => {
      const body = ctx.body;
      if (body.name === 'taken')
        return ctx.problem(
          422,
          'http.validation_failed',
          fail(issue('thing.taken', ['name'])).issues,
        );
      if (body.name === 'boom') throw new Error('server fault');
      if (body.name === 'stale') throw new KabinetError('ERR_CONFLICT', 'stale');
      if (body.name === 'misuse')
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'limit must be a positive integer', {
          details: { limit: '-1' },
        });
      store.push(body.name);
      return { status: 201, body: { name: body.name } };
    },
  }),
  defineRoute<Principal>({
    operationId: 'me',
    method: 'GET',
    path: '/v1/me',
    summary: 'Me',
    tags: ['t'],
    access: 'session',
    responses: { 200: { description: 'me' } },
    handle: async (ctx) => ({ status: 200, body: { id: ctx.principal!.id, ip: ctx.ip } }),
  }),
  defineRoute<Principal>({
    operationId: 'support',
    method: 'POST',
    path: '/v1/support/{id}',
    summary: 'Op',
    tags: ['t'],
    access: 'operator',
    responses: { 204: { description: 'done' } },
    handle: async () => ({ status: 204 }),
  }),
  defineRoute<Principal>({
    operationId: 'down',
    method: 'GET',
    path: '/v1/down',
    summary: 'A store that cannot answer',
    tags: ['t'],
    access: 'public',
    responses: { 200: { description: 'never' } },
    handle: async (ctx) => {
      const after = ctx.query.get('after');
      const details =
        after === null ? {} : { operation: 'increment', retryAfterSeconds: Number(after) };
      throw new KabinetError('ERR_UNAVAILABLE', 'Redis unavailable during increment', { details });
    },
  }),
  defineRoute<Principal>({
    operationId: 'upload',
    method: 'POST',
    path: '/v1/files',
    summary: 'Upload',
    tags: ['t'],
    access: 'public',
    bodyKind: 'binary',
    maxBodyBytes: 1024,
    responses: { 201: { description: 'stored' } },
    handle: async (ctx) => ({
      status: 201,
      body: { size: (ctx.body as { bytes: Uint8Array }).bytes.length },
    }),
  }),
];
const catalogue = defineCatalogue({
  ru: { 'thing.taken': 'Имя занято' },
  en: { 'thing.taken': 'Name taken' },
});
const errors: unknown[] = [];
const faults: ServerFault[] = [];
const handle = createHttpHandler<Principal>({
  routes,
  catalogue,
  authenticate: async (req) => {
    const auth = req.headers.get('authorization');
    if (auth === 'Bearer user') return { id: 'u1', role: 'user' };
    if (auth === 'Bearer op') return { id: 'o1', role: 'operator' };
    if (req.headers.get('cookie')?.includes('kabinet_session=s1'))
      return { id: 'u1', role: 'user' };
    return undefined;
  },
  isOperator: (p) => p.role === 'operator',
  onError: (e, _request, fault) => {
    errors.push(e);
    faults.push(fault);
  },
});
const call = (
  method: string,
  path: string,
  init: { body?: NonNullable<RequestInit['body']>; headers?: Record<string, string> } = {},
) => handle(new Request(`http://localhost${path}`, { method, ...init }), { ip: '203.0.113.7' });
/** Reads an error answer (or any JSON object) for assertions. */
const json = async (res: Response) =>
  (await res.json()) as { error: { code: string; issues: unknown[] } } & Record<string, unknown>;

describe('createHttpHandler', () => {
  it('DOC-11: domain issues are 422 with field paths and messages in the asked language', async () => {
    const res = await call('POST', '/v1/things', {
      body: '{"name":"taken"}',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.issues[0]).toEqual({
      code: 'thing.taken',
      path: ['name'],
      message: 'Name taken',
    });
    const ru = await call('POST', '/v1/things', {
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect((await json(ru)).error.issues[0]).toMatchObject({
      code: 'input.required',
      path: ['name'],
      message: 'Поле обязательное',
    });
  });

  it('maps transport problems to 400/404/405/413/415 and faults to 500 without details', async () => {
    expect(
      (
        await call('POST', '/v1/things', {
          body: '{',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/v1/things', {
          body: 'name=x',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await call('GET', '/v1/nowhere')).status).toBe(404);
    const m = await call('DELETE', '/v1/things');
    expect(m.status).toBe(405);
    expect(m.headers.get('allow')).toBe('POST');
    expect((await call('PUT', '/v1/me')).headers.get('allow')).toBe('GET, HEAD');
    expect((await call('POST', '/v1/files', { body: new Uint8Array(2048) })).status).toBe(413);
    expect(
      (
        await call('POST', '/v1/things', {
          body: '{"name":"stale"}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(409);
    const boom = await call('POST', '/v1/things', {
      body: '{"name":"boom"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(boom.status).toBe(500);
    expect(JSON.stringify(await json(boom))).not.toContain('server fault');
  });

  it('enforces access: 401 anonymous, 403 for non-operators, and passes the client IP', async () => {
    expect((await call('GET', '/v1/me')).status).toBe(401);
    const me = await call('GET', '/v1/me', { headers: { authorization: 'Bearer user' } });
    expect(await json(me)).toEqual({ id: 'u1', ip: '203.0.113.7' });
    expect(
      (await call('POST', '/v1/support/x', { headers: { authorization: 'Bearer user' } })).status,
    ).toBe(403);
    expect(
      (await call('POST', '/v1/support/x', { headers: { authorization: 'Bearer op' } })).status,
    ).toBe(204);
  });

  it('requires the CSRF header for unsafe cookie-authenticated requests only', async () => {
    const missing = await call('POST', '/v1/support/x', {
      headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1' },
    });
    expect(missing.status).toBe(403);
    expect((await json(missing)).error.code).toBe('http.csrf_failed');
    const wrong = await call('POST', '/v1/support/x', {
      headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1', 'x-csrf-token': 't2' },
    });
    expect((await json(wrong)).error.code).toBe('http.csrf_failed');
    const withToken = await call('POST', '/v1/support/x', {
      headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1', 'x-csrf-token': 't1' },
    });
    expect(withToken.status).toBe(403); // authenticated but not an operator: CSRF passed, access refused
    expect((await json(withToken)).error.code).toBe('http.forbidden');
    expect(
      (await call('GET', '/v1/me', { headers: { cookie: 'kabinet_session=s1' } })).status,
    ).toBe(200);
  });

  it('S-13: multipart uploads are read with the limit applied while streaming', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(100)]), 'scan.jpg');
    const ok = await handle(
      new Request('http://localhost/v1/files', { method: 'POST', body: form }),
      { ip: '::1' },
    );
    expect(await json(ok)).toEqual({ size: 100 });
    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(4096)]), 'scan.jpg');
    expect(
      (
        await handle(new Request('http://localhost/v1/files', { method: 'POST', body: big }), {
          ip: '::1',
        })
      ).status,
    ).toBe(413);
  });

  it('DESIGN-8: ERR_UNAVAILABLE (a store or counter that cannot answer) is 503 http.service_unavailable with Retry-After, never a 500', async () => {
    errors.length = 0;
    const res = await call('GET', '/v1/down?after=7', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({
      error: {
        code: 'http.service_unavailable',
        message: 'The service is temporarily unavailable, try again in a few seconds',
        correlationId: res.headers.get('x-correlation-id'),
      },
    });
    const ru = await call('GET', '/v1/down?after=7');
    expect((await json(ru)).error).toMatchObject({
      code: 'http.service_unavailable',
      message: 'Сервис временно недоступен, повторите через несколько секунд',
    });
    // The error still reaches the log hook; the body carries none of it.
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(await json(await call('GET', '/v1/down?after=7')))).not.toContain(
      'Redis',
    );
  });

  it('DESIGN-8: Retry-After defaults to 2 s without retryAfterSeconds and is always whole seconds in 1..3600', async () => {
    expect((await call('GET', '/v1/down')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=abc')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=0')).headers.get('retry-after')).toBe('1');
    expect((await call('GET', '/v1/down?after=1.2')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=1e9')).headers.get('retry-after')).toBe('3600');
  });

  test.prop([fc.oneof(fc.double(), fc.integer(), fc.string())], { numRuns: 100 })(
    'DESIGN-8: whatever retryAfterSeconds says, the answer is 503 with a valid Retry-After',
    async (after) => {
      const res = await call('GET', `/v1/down?after=${encodeURIComponent(String(after))}`);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toMatch(/^[1-9][0-9]{0,3}$/);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(3_600);
    },
  );

  test.prop(
    [
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      fc.constantFrom(
        '/v1/things',
        '/v1/me',
        '/v1/support/%ZZ',
        '/v1/files',
        '/x',
        '/v1/support/a',
      ),
      fc.oneof(
        fc.string(),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      fc.constantFrom(
        'application/json',
        'text/plain',
        'multipart/form-data; boundary=x',
        '',
        'application/json; charset=latin1',
      ),
      fc.string(),
    ],
    { numRuns: 200 },
  )(
    'S-17: no request, however malformed, produces a 5xx or leaves a half-written record',
    async (method, path, body, type, lang) => {
      const before = store.length;
      const init: { body?: string; headers: Record<string, string> } = {
        headers: { 'content-type': type, 'accept-language': lang },
      };
      if (method !== 'GET') init.body = body;
      const res = await call(method, path, init);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(store.length).toBe(before);
    },
  );

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('S-17: a method no route has is 405 with Allow — also TRACE, TRACK and CONNECT, which the adapter passes in HttpRequestMeta.method — or 404; never a fault', async () => {
    faults.length = 0;
    for (const method of ['TRACE', 'TRACK', 'CONNECT', 'trace']) {
      // Fetch cannot build these requests: the adapter sends a bodiless GET and the real method beside it.
      const res = await handle(
        new Request('http://localhost/v1/things', { headers: { 'accept-language': 'en' } }),
        { ip: '203.0.113.7', method },
      );
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(await json(res)).toEqual({
        error: { code: 'http.method_not_allowed', message: 'Method not allowed' },
      });
      expect(
        (
          await handle(new Request('http://localhost/v1/me'), { ip: '203.0.113.7', method })
        ).headers.get('allow'),
      ).toBe('GET, HEAD');
      expect(
        (await handle(new Request('http://localhost/v1/nowhere'), { ip: '203.0.113.7', method }))
          .status,
      ).toBe(404);
    }
    for (const method of ['PROPFIND', 'OPTIONS', 'QUERY', 'FOO'])
      expect((await call(method, '/v1/things')).status).toBe(405);
    // The adapter's word counts only for methods a Request cannot carry: it cannot turn a GET into a POST.
    expect(
      (
        await handle(
          new Request('http://localhost/v1/me', { headers: { authorization: 'Bearer user' } }),
          { ip: '203.0.113.7', method: 'POST' },
        )
      ).status,
    ).toBe(200);
    expect(faults).toEqual([]);
  });

  it('S-17: every 5xx carries a correlation id in X-Correlation-Id and error.correlationId, and onError gets the same id, status, method and route', async () => {
    faults.length = 0;
    const boom = await call('POST', '/v1/things', {
      body: '{"name":"boom"}',
      headers: { 'content-type': 'application/json' },
    });
    const down = await call('GET', '/v1/down');
    const ids = [boom, down].map((r) => r.headers.get('x-correlation-id'));
    expect(ids[0]).toMatch(/^[0-9a-z]{20}$/);
    expect(ids[1]).toMatch(/^[0-9a-z]{20}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect((await json(boom)).error).toMatchObject({
      code: 'http.internal_error',
      correlationId: ids[0],
    });
    expect((await json(down)).error).toMatchObject({
      code: 'http.service_unavailable',
      correlationId: ids[1],
    });
    expect(faults).toEqual([
      expect.objectContaining({
        correlationId: ids[0],
        status: 500,
        method: 'POST',
        route: 'createThing',
      }),
      expect.objectContaining({ correlationId: ids[1], status: 503, method: 'GET', route: 'down' }),
    ]);
  });

  it('S-17, S-12: without onError every 5xx is logged anyway — one JSON line with the correlation id and route, no path, query or foreign error message', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const quiet = createHttpHandler<Principal>({
      routes,
      catalogue,
      authenticate: async () => undefined,
      isOperator: () => false,
    });
    const boom = await quiet(
      new Request('http://localhost/v1/things?phone=%2B79161234567', {
        method: 'POST',
        body: '{"name":"boom"}',
        headers: { 'content-type': 'application/json' },
      }),
      { ip: '203.0.113.7' },
    );
    expect(boom.status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]![0]);
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      correlationId: boom.headers.get('x-correlation-id'),
      status: 500,
      method: 'POST',
      route: 'createThing',
      error: { kind: 'Error' },
    });
    expect(JSON.stringify(JSON.parse(line).error)).not.toContain('server fault');
    expect(line).not.toContain('7916');
    const down = await quiet(new Request('http://localhost/v1/down'), { ip: '203.0.113.7' });
    expect(down.status).toBe(503);
    expect(JSON.parse(String(warned.mock.calls[0]![0]))).toMatchObject({
      level: 'warn',
      correlationId: down.headers.get('x-correlation-id'),
      status: 503,
      error: { kind: 'ERR_UNAVAILABLE', message: 'Redis unavailable during increment' },
    });
    // Answers that are not faults are not logged.
    await quiet(new Request('http://localhost/v1/nowhere'), { ip: '203.0.113.7' });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(warned).toHaveBeenCalledTimes(1);
  });

  it('misuse is not user input: ERR_INVALID_ARGUMENT (a port or service called with malformed arguments) is a 500 with a correlation id, logged, never a 422', async () => {
    faults.length = 0;
    const res = await call('POST', '/v1/things', {
      body: '{"name":"misuse"}',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });
    expect(res.status).toBe(500);
    const id = res.headers.get('x-correlation-id');
    expect(id).toMatch(/^[0-9a-z]{20}$/);
    const body = await json(res);
    expect(body.error).toMatchObject({ code: 'http.internal_error', correlationId: id });
    expect(body.error.issues ?? []).toEqual([]);
    expect(JSON.stringify(body)).not.toContain('positive integer');
    expect(faults).toEqual([
      expect.objectContaining({
        correlationId: id,
        status: 500,
        method: 'POST',
        route: 'createThing',
      }),
    ]);
    // Without onError it is logged like every other 5xx.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const quiet = createHttpHandler<Principal>({
      routes,
      catalogue,
      authenticate: async () => undefined,
      isOperator: () => false,
    });
    const again = await quiet(
      new Request('http://localhost/v1/things', {
        method: 'POST',
        body: '{"name":"misuse"}',
        headers: { 'content-type': 'application/json' },
      }),
      { ip: '203.0.113.7' },
    );
    expect(again.status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(logged.mock.calls[0]![0]))).toMatchObject({
      level: 'error',
      correlationId: again.headers.get('x-correlation-id'),
      status: 500,
      error: { kind: 'ERR_INVALID_ARGUMENT' },
    });
  });

  it('a client IP that is not an IP address (a forged X-Forwarded-For value) is 400 http.client_ip_invalid before the route runs; IPv4 and IPv6 pass', async () => {
    const before = store.length;
    for (const ip of [
      'not-an-ip',
      '<script>alert(1)</script>',
      '198.51.100.7, 203.0.113.9',
      '999.1.1.1',
      '',
      ' 198.51.100.7',
      'unknown',
      '198.51.100.7\nX-Injected: 1',
    ]) {
      const res = await handle(
        new Request('http://localhost/v1/things', {
          method: 'POST',
          body: '{"name":"ok"}',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        }),
        { ip },
      );
      expect(res.status, ip).toBe(400);
      expect(await json(res)).toEqual({
        error: {
          code: 'http.client_ip_invalid',
          message: 'The client address could not be determined',
        },
      });
    }
    expect(store.length).toBe(before);
    for (const ip of ['198.51.100.7', '2001:db8::1', '::ffff:198.51.100.7', '::1']) {
      const res = await handle(
        new Request('http://localhost/v1/me', { headers: { authorization: 'Bearer user' } }),
        { ip },
      );
      expect(await json(res)).toEqual({ id: 'u1', ip });
    }
  });
});
