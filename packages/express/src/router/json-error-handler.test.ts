import { afterEach, describe, expect, it, vi } from 'vitest';
import express from 'express';
import request from 'supertest';
import { KabinetError } from '@kabinet/core';
import type { ServerFault } from '@kabinet/http';
import { jsonErrorHandler } from './json-error-handler.js';

/** An app whose one route throws `error`, behind the JSON error handler. */
function appThrowing(error: unknown, logged: unknown[], faults: ServerFault[] = []) {
  const app = express();
  app.get('/boom', () => {
    throw error;
  });
  app.use(
    jsonErrorHandler((e, fault) => {
      logged.push(e);
      faults.push(fault);
    }),
  );
  return app;
}

describe('jsonErrorHandler', () => {
  it('DESIGN-8: a Kabinet ERR_UNAVAILABLE reaching it is 503 http.service_unavailable with Retry-After in the client language, never a 500', async () => {
    const logged: unknown[] = [];
    const error = new KabinetError('ERR_UNAVAILABLE', 'Redis unavailable during increment', {
      details: { retryAfterSeconds: 4 },
    });
    const res = await request(appThrowing(error, logged)).get('/boom').set('accept-language', 'en');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('4');
    expect(res.body).toEqual({
      error: {
        code: 'http.service_unavailable',
        message: 'The service is temporarily unavailable, try again in a few seconds',
        correlationId: res.headers['x-correlation-id'],
      },
    });
    expect(logged).toEqual([error]);
    const ru = await request(appThrowing(error, logged)).get('/boom');
    expect(ru.body.error.message).toBe(
      'Сервис временно недоступен, повторите через несколько секунд',
    );
  });

  it('DESIGN-8: without retryAfterSeconds Retry-After is 2; odd values are clamped to whole seconds in 1..3600', async () => {
    for (const [details, expected] of [
      [{}, '2'],
      [{ retryAfterSeconds: 0.2 }, '1'],
      [{ retryAfterSeconds: 1e9 }, '3600'],
      [{ retryAfterSeconds: Number.NaN }, '2'],
    ] as const) {
      const res = await request(
        appThrowing(new KabinetError('ERR_UNAVAILABLE', 'down', { details }), []),
      ).get('/boom');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe(expected);
    }
  });

  it('keeps 4xx from middleware and turns anything else into a 500 without details', async () => {
    const logged: unknown[] = [];
    const tooBig = Object.assign(new Error('too large'), { status: 413 });
    expect((await request(appThrowing(tooBig, logged)).get('/boom')).status).toBe(413);
    const fault = await request(appThrowing(new Error('secret detail'), logged)).get('/boom');
    expect(fault.status).toBe(500);
    expect(JSON.stringify(fault.body)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('S-17: every 5xx carries a correlation id (header and body) and is logged with the same id', async () => {
    const logged: unknown[] = [];
    const faults: ServerFault[] = [];
    for (const error of [new Error('boom'), new KabinetError('ERR_UNAVAILABLE', 'down')]) {
      const res = await request(appThrowing(error, logged, faults)).get('/boom');
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-z]{20}$/);
      expect(res.body.error.correlationId).toBe(res.headers['x-correlation-id']);
      expect(faults.at(-1)).toMatchObject({
        correlationId: res.headers['x-correlation-id'],
        status: res.status,
        method: 'GET',
        error,
      });
    }
    expect(new Set(faults.map((f) => f.correlationId)).size).toBe(2);
  });

  it('S-17, S-12: without onError a 5xx is still logged — one JSON line with the correlation id, without the message of a foreign error (it may quote input)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = express();
    app.get('/boom', () => {
      throw new SyntaxError('Unexpected token in "+79161234567"');
    });
    app.use(jsonErrorHandler());
    const res = await request(app).get('/boom?phone=%2B79161234567');
    expect(res.status).toBe(500);
    expect(error).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(error.mock.calls[0]![0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'error',
      correlationId: res.headers['x-correlation-id'],
      status: 500,
      method: 'GET',
      error: { kind: 'SyntaxError' },
    });
    expect(String(error.mock.calls[0]![0])).not.toContain('7916');
  });
});
