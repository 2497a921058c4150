import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { KabinetError, defineCatalogue, fail, issue } from '@kabinet/core';
import { createHttpHandler } from './create-http-handler.js';
import { defineRoute } from './define-route.js';

interface Principal { id: string; role: 'user' | 'operator' }
const store: string[] = [];
const routes = [
  defineRoute<Principal, z.ZodObject<{ name: z.ZodString }>>({
    operationId: 'createThing', method: 'POST', path: '/v1/things', summary: 'Create', tags: ['t'], access: 'public',
    body: z.object({ name: z.string().max(20) }),
    responses: { 201: { description: 'created' } },
    handle: async (ctx) => {
      const body = ctx.body as { name: string };
      if (body.name === 'taken') return ctx.problem(422, 'validation_failed', fail(issue('thing.taken', ['name'])).issues);
      if (body.name === 'boom') throw new Error('server fault');
      if (body.name === 'stale') throw new KabinetError('ERR_CONFLICT', 'stale');
      store.push(body.name);
      return { status: 201, body: { name: body.name } };
    },
  }),
  defineRoute<Principal>({
    operationId: 'me', method: 'GET', path: '/v1/me', summary: 'Me', tags: ['t'], access: 'session',
    responses: { 200: { description: 'me' } },
    handle: async (ctx) => ({ status: 200, body: { id: ctx.principal!.id, ip: ctx.ip } }),
  }),
  defineRoute<Principal>({
    operationId: 'support', method: 'POST', path: '/v1/support/{id}', summary: 'Op', tags: ['t'], access: 'operator',
    responses: { 204: { description: 'done' } },
    handle: async () => ({ status: 204 }),
  }),
  defineRoute<Principal>({
    operationId: 'down', method: 'GET', path: '/v1/down', summary: 'A store that cannot answer', tags: ['t'], access: 'public',
    responses: { 200: { description: 'never' } },
    handle: async (ctx) => {
      const after = ctx.query.get('after');
      const details = after === null ? {} : { operation: 'increment', retryAfterSeconds: Number(after) };
      throw new KabinetError('ERR_UNAVAILABLE', 'Redis unavailable during increment', { details });
    },
  }),
  defineRoute<Principal>({
    operationId: 'upload', method: 'POST', path: '/v1/files', summary: 'Upload', tags: ['t'], access: 'public', bodyKind: 'binary', maxBodyBytes: 1024,
    responses: { 201: { description: 'stored' } },
    handle: async (ctx) => ({ status: 201, body: { size: (ctx.body as { bytes: Uint8Array }).bytes.length } }),
  }),
];
const catalogue = defineCatalogue({ ru: { 'thing.taken': 'Имя занято' }, en: { 'thing.taken': 'Name taken' } });
const errors: unknown[] = [];
const handle = createHttpHandler<Principal>({
  routes,
  catalogue,
  authenticate: async (req) => {
    const auth = req.headers.get('authorization');
    if (auth === 'Bearer user') return { id: 'u1', role: 'user' };
    if (auth === 'Bearer op') return { id: 'o1', role: 'operator' };
    if (req.headers.get('cookie')?.includes('kabinet_session=s1')) return { id: 'u1', role: 'user' };
    return undefined;
  },
  isOperator: (p) => p.role === 'operator',
  onError: (e) => errors.push(e),
});
const call = (method: string, path: string, init: { body?: NonNullable<RequestInit['body']>; headers?: Record<string, string> } = {}) =>
  handle(new Request(`http://localhost${path}`, { method, ...init }), { ip: '203.0.113.7' });
/** Reads an error answer (or any JSON object) for assertions. */
const json = async (res: Response) => (await res.json()) as { error: { code: string; issues: unknown[] } } & Record<string, unknown>;

describe('createHttpHandler', () => {
  it('DOC-11: domain issues are 422 with field paths and messages in the asked language', async () => {
    const res = await call('POST', '/v1/things', { body: '{"name":"taken"}', headers: { 'content-type': 'application/json', 'accept-language': 'en' } });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.issues[0]).toEqual({ code: 'thing.taken', path: ['name'], message: 'Name taken' });
    const ru = await call('POST', '/v1/things', { body: '{}', headers: { 'content-type': 'application/json' } });
    expect((await json(ru)).error.issues[0]).toMatchObject({ code: 'input.required', path: ['name'], message: 'Поле обязательное' });
  });

  it('maps transport problems to 400/404/405/413/415 and faults to 500 without details', async () => {
    expect((await call('POST', '/v1/things', { body: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await call('POST', '/v1/things', { body: 'name=x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await call('GET', '/v1/nowhere')).status).toBe(404);
    const m = await call('DELETE', '/v1/things');
    expect(m.status).toBe(405);
    expect(m.headers.get('allow')).toBe('POST');
    expect((await call('POST', '/v1/files', { body: new Uint8Array(2048) })).status).toBe(413);
    expect((await call('POST', '/v1/things', { body: '{"name":"stale"}', headers: { 'content-type': 'application/json' } })).status).toBe(409);
    const boom = await call('POST', '/v1/things', { body: '{"name":"boom"}', headers: { 'content-type': 'application/json' } });
    expect(boom.status).toBe(500);
    expect(JSON.stringify(await json(boom))).not.toContain('server fault');
  });

  it('enforces access: 401 anonymous, 403 for non-operators, and passes the client IP', async () => {
    expect((await call('GET', '/v1/me')).status).toBe(401);
    const me = await call('GET', '/v1/me', { headers: { authorization: 'Bearer user' } });
    expect(await json(me)).toEqual({ id: 'u1', ip: '203.0.113.7' });
    expect((await call('POST', '/v1/support/x', { headers: { authorization: 'Bearer user' } })).status).toBe(403);
    expect((await call('POST', '/v1/support/x', { headers: { authorization: 'Bearer op' } })).status).toBe(204);
  });

  it('requires the CSRF header for unsafe cookie-authenticated requests only', async () => {
    const missing = await call('POST', '/v1/support/x', { headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1' } });
    expect(missing.status).toBe(403);
    expect((await json(missing)).error.code).toBe('csrf_failed');
    const wrong = await call('POST', '/v1/support/x', { headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1', 'x-csrf-token': 't2' } });
    expect((await json(wrong)).error.code).toBe('csrf_failed');
    const withToken = await call('POST', '/v1/support/x', { headers: { cookie: 'kabinet_session=s1; kabinet_csrf=t1', 'x-csrf-token': 't1' } });
    expect(withToken.status).toBe(403); // authenticated but not an operator: CSRF passed, access refused
    expect((await json(withToken)).error.code).toBe('forbidden');
    expect((await call('GET', '/v1/me', { headers: { cookie: 'kabinet_session=s1' } })).status).toBe(200);
  });

  it('S-13: multipart uploads are read with the limit applied while streaming', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(100)]), 'scan.jpg');
    const ok = await handle(new Request('http://localhost/v1/files', { method: 'POST', body: form }), { ip: '::1' });
    expect(await json(ok)).toEqual({ size: 100 });
    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(4096)]), 'scan.jpg');
    expect((await handle(new Request('http://localhost/v1/files', { method: 'POST', body: big }), { ip: '::1' })).status).toBe(413);
  });

  it('DESIGN-8: ERR_UNAVAILABLE (a store or counter that cannot answer) is 503 service_unavailable with Retry-After, never a 500', async () => {
    errors.length = 0;
    const res = await call('GET', '/v1/down?after=7', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await json(res)).toEqual({ error: { code: 'service_unavailable', message: 'The service is temporarily unavailable, try again in a few seconds' } });
    const ru = await call('GET', '/v1/down?after=7');
    expect((await json(ru)).error).toEqual({ code: 'service_unavailable', message: 'Сервис временно недоступен, повторите через несколько секунд' });
    // The error still reaches the log hook; the body carries none of it.
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(await json(await call('GET', '/v1/down?after=7')))).not.toContain('Redis');
  });

  it('DESIGN-8: Retry-After defaults to 2 s without retryAfterSeconds and is always whole seconds in 1..3600', async () => {
    expect((await call('GET', '/v1/down')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=abc')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=0')).headers.get('retry-after')).toBe('1');
    expect((await call('GET', '/v1/down?after=1.2')).headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/v1/down?after=1e9')).headers.get('retry-after')).toBe('3600');
  });

  test.prop([fc.oneof(fc.double(), fc.integer(), fc.string())], { numRuns: 100 })('DESIGN-8: whatever retryAfterSeconds says, the answer is 503 with a valid Retry-After', async (after) => {
    const res = await call('GET', `/v1/down?after=${encodeURIComponent(String(after))}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^[1-9][0-9]{0,3}$/);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(3_600);
  });

  test.prop(
    [
      fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
      fc.constantFrom('/v1/things', '/v1/me', '/v1/support/%ZZ', '/v1/files', '/x', '/v1/support/a'),
      fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v))),
      fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', '', 'application/json; charset=latin1'),
      fc.string(),
    ],
    { numRuns: 200 },
  )('S-17: no request, however malformed, produces a 5xx or leaves a half-written record', async (method, path, body, type, lang) => {
    const before = store.length;
    const init: { body?: string; headers: Record<string, string> } = { headers: { 'content-type': type, 'accept-language': lang } };
    if (method !== 'GET') init.body = body;
    const res = await call(method, path, init);
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect(store.length).toBe(before);
  });
});
