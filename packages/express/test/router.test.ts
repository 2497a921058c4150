import { describe, expect, it } from 'vitest';
import express from 'express';
import http from 'node:http';
import request from 'supertest';
import { z } from 'zod';
import { defineCatalogue } from '@kabinet/core';
import { createHttpHandler, defineRoute } from '@kabinet/http';
import { createKabinetRouter } from '../src/index.js';

const routes = [
  defineRoute<{ id: string }, z.ZodObject<{ text: z.ZodString }>>({
    operationId: 'echo',
    method: 'POST',
    path: '/v1/echo',
    summary: 'Echo',
    tags: ['t'],
    access: 'public',
    body: z.object({ text: z.string() }),
    responses: { 200: { description: 'echo' } },
    handle: async (ctx) => ({
      status: 200,
      body: { text: ctx.body.text, ip: ctx.ip },
    }),
  }),
  defineRoute<{ id: string }>({
    operationId: 'upload',
    method: 'POST',
    path: '/v1/files',
    summary: 'Upload',
    tags: ['t'],
    access: 'public',
    bodyKind: 'binary',
    maxBodyBytes: 64 * 1024,
    responses: { 201: { description: 'stored' } },
    handle: async (ctx) => ({
      status: 201,
      body: { size: (ctx.body as { bytes: Uint8Array }).bytes.length },
    }),
  }),
];
const handler = createHttpHandler<{ id: string }>({
  routes,
  catalogue: defineCatalogue({ ru: {}, en: {} }),
  authenticate: async () => undefined,
  isOperator: () => false,
});

function app(trustProxy: string | false = false) {
  const a = express();
  a.set('trust proxy', trustProxy);
  a.use('/api', createKabinetRouter({ handler }));
  return a;
}

describe('createKabinetRouter', () => {
  it('serves JSON routes under the mount path with security headers', async () => {
    const res = await request(app())
      .post('/api/v1/echo')
      .set('content-type', 'application/json')
      .send('{"text":"привет"}');
    expect(res.status).toBe(200);
    expect(res.body.text).toBe('привет');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it("takes the client IP from Express's trust proxy setting", async () => {
    const direct = await request(app(false))
      .post('/api/v1/echo')
      .set('x-forwarded-for', '198.51.100.9')
      .send({ text: 'a' });
    expect(direct.body.ip).not.toBe('198.51.100.9');
    const proxied = await request(app('loopback'))
      .post('/api/v1/echo')
      .set('x-forwarded-for', '198.51.100.9')
      .send({ text: 'a' });
    expect(proxied.body.ip).toBe('198.51.100.9');
  });

  it('S-13: a multipart upload over the limit is refused with 413 as JSON', async () => {
    const ok = await request(app())
      .post('/api/v1/files')
      .attach('file', Buffer.alloc(1000), 'scan.jpg');
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(1000);
    const big = await request(app())
      .post('/api/v1/files')
      .attach('file', Buffer.alloc(200 * 1024), 'scan.jpg');
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('body.too_large');
  });

  it('S-17: malformed JSON is a 400 JSON answer, never an HTML error page', async () => {
    const res = await request(app())
      .post('/api/v1/echo')
      .set('content-type', 'application/json')
      .send('{"text":');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('body.malformed_json');
  });
});

describe('hostile headers', () => {
  it('S-17: a hostile Host header or odd path never produces a 5xx', async () => {
    for (const host of ['::::', 'a b', '[', '%%', 'x'.repeat(5000)]) {
      const res = await request(app()).post('/api/v1/echo').set('host', host).send({ text: 'a' });
      expect(res.status).toBeLessThan(500);
    }
    const odd = await request(app()).get('/api//v1/../echo%00?%');
    expect(odd.status).toBeLessThan(500);
  });
});

/** Sends one request with any method (supertest knows only some) and reads the answer. */
function raw(
  a: express.Express,
  method: string,
  path: string,
): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const server = a.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const req = http.request(
        { host: '127.0.0.1', port, method, path, headers: { 'accept-language': 'en' } },
        (r) => {
          let body = '';
          r.on('data', (c: Buffer) => (body += c.toString()));
          r.on('end', () => {
            server.close();
            resolve({ status: r.statusCode ?? 0, allow: r.headers.allow, body });
          });
        },
      );
      req.on('error', (error) => {
        server.close();
        reject(error);
      });
      req.end();
    });
  });
}

describe('methods and forwarded addresses', () => {
  it('S-17: TRACE and any other method no route has is 405 with Allow (404 off the routes) as JSON — never a 500', async () => {
    const faults: unknown[] = [];
    const a = express();
    a.use('/api', createKabinetRouter({ handler, onError: (error) => faults.push(error) }));
    for (const method of ['TRACE', 'PROPFIND', 'OPTIONS', 'PATCH', 'SEARCH', 'DELETE']) {
      const res = await raw(a, method, '/api/v1/echo');
      expect(res.status, method).toBe(405);
      expect(res.allow).toBe('POST');
      expect(JSON.parse(res.body)).toEqual({
        error: { code: 'http.method_not_allowed', message: 'Method not allowed' },
      });
    }
    expect((await raw(a, 'TRACE', '/api/v1/nowhere')).status).toBe(404);
    // Methods Node's HTTP parser does not know never reach Express: Node answers 400 itself.
    for (const method of ['TRACK', 'FOO'])
      expect((await raw(a, method, '/api/v1/echo').catch(() => ({ status: 400 }))).status).toBe(
        400,
      );
    expect(faults).toEqual([]);
  });

  it('a forwarded client address that is not an IP address is refused with 400 http.client_ip_invalid, never stored or echoed', async () => {
    for (const forged of [
      'not-an-ip',
      '<script>x</script>',
      '198.51.100.9, evil',
      '198.51.100.300',
      '%00',
    ]) {
      const res = await request(app('loopback'))
        .post('/api/v1/echo')
        .set('x-forwarded-for', forged)
        .set('accept-language', 'en')
        .send({ text: 'a' });
      expect(res.status, forged).toBe(400);
      expect(res.body).toEqual({
        error: {
          code: 'http.client_ip_invalid',
          message: 'The client address could not be determined',
        },
      });
    }
    // A real proxy appends the address it saw: the right-most untrusted entry is an address.
    const chained = await request(app('loopback'))
      .post('/api/v1/echo')
      .set('x-forwarded-for', 'evil, 198.51.100.9')
      .send({ text: 'a' });
    expect(chained.body.ip).toBe('198.51.100.9');
    const v6 = await request(app('loopback'))
      .post('/api/v1/echo')
      .set('x-forwarded-for', '2001:db8::7')
      .send({ text: 'a' });
    expect(v6.body.ip).toBe('2001:db8::7');
  });
});
