// Issue 13, finding 8, through the reference server as shipped (supertest on its Express app):
// TRACE is a 405 like any method no route has (it was a 500 that nobody logged), every 5xx is
// logged once with the correlation id the client got and without personal data, and a forged
// X-Forwarded-For value is refused instead of being stored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import type { KabinetConfig } from 'kabinet';
import { createPortalServer } from '../src/create-server.js';
import { generateKeysFile } from '../src/load-keys-file.js';

const base = {
  origin: 'http://127.0.0.1:3000',
  secureCookies: false,
  devOutbox: false,
  keys: generateKeysFile(),
  kabinet: {
    policy: {
      account: {
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
      },
    },
  },
} as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the reference server: methods, faults and client addresses', () => {
  it('S-17: TRACE to the API is 405 with Allow, TRACE elsewhere 404 — JSON, nothing logged as a fault', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { app } = createPortalServer(base);
    const api = await request(app).trace('/api/v1/registration/terms').set('accept-language', 'en');
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD');
    expect(api.body).toEqual({
      error: { code: 'http.method_not_allowed', message: 'Method not allowed' },
    });
    expect((await request(app).trace('/')).status).toBe(404);
    expect(error).not.toHaveBeenCalled();
  });

  it('S-17, S-12: a fault is a 500 with a correlation id, logged once with that id and without the error message (it may carry personal data)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: NonNullable<KabinetConfig['hasher']> = {
      hash: async () => {
        throw new Error('hasher crashed on +79161234567');
      },
      verify: async () => {
        throw new Error('hasher crashed on +79161234567');
      },
      needsRehash: () => false,
    };
    const { app } = createPortalServer({ ...base, kabinet: { ...base.kabinet, hasher: broken } });
    const res = await request(app)
      .post('/api/v1/auth/login')
      .send({ login: '+79161234567', password: 'Wrong-password-1' });
    expect(res.status).toBe(500);
    const id = res.headers['x-correlation-id']!;
    expect(id).toMatch(/^[0-9a-z]{20}$/);
    expect(res.body.error).toMatchObject({ code: 'http.internal_error', correlationId: id });
    expect(error).toHaveBeenCalledTimes(1);
    const line = String(error.mock.calls[0]![0]);
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      correlationId: id,
      status: 500,
      method: 'POST',
      route: 'login',
      error: { kind: 'Error' },
    });
    expect(line).not.toContain('7916');
  });

  it('a forged X-Forwarded-For value is refused with 400 http.client_ip_invalid; a real address is accepted', async () => {
    const { app } = createPortalServer(base);
    const forged = await request(app)
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', 'attacker<img src=x>')
      .send({ login: '+79161234567', password: 'Wrong-password-1' });
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('http.client_ip_invalid');
    const real = await request(app)
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', '203.0.113.5')
      .send({ login: '+79161234567', password: 'Wrong-password-1' });
    expect(real.status).toBe(401);
  });
});
