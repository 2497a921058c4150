import { describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { KabinetError } from '@kabinet/core';
import { jsonErrorHandler } from './json-error-handler.js';

/** An app whose one route throws `error`, behind the JSON error handler. */
function appThrowing(error: unknown, logged: unknown[]) {
  const app = express();
  app.get('/boom', () => {
    throw error;
  });
  app.use(jsonErrorHandler((e) => logged.push(e)));
  return app;
}

describe('jsonErrorHandler', () => {
  it('DESIGN-8: a Kabinet ERR_UNAVAILABLE reaching it is 503 service_unavailable with Retry-After in the client language, never a 500', async () => {
    const logged: unknown[] = [];
    const error = new KabinetError('ERR_UNAVAILABLE', 'Redis unavailable during increment', { details: { retryAfterSeconds: 4 } });
    const res = await request(appThrowing(error, logged)).get('/boom').set('accept-language', 'en');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('4');
    expect(res.body).toEqual({ error: { code: 'service_unavailable', message: 'The service is temporarily unavailable, try again in a few seconds' } });
    expect(logged).toEqual([error]);
    const ru = await request(appThrowing(error, logged)).get('/boom');
    expect(ru.body.error.message).toBe('Сервис временно недоступен, повторите через несколько секунд');
  });

  it('DESIGN-8: without retryAfterSeconds Retry-After is 2; odd values are clamped to whole seconds in 1..3600', async () => {
    for (const [details, expected] of [[{}, '2'], [{ retryAfterSeconds: 0.2 }, '1'], [{ retryAfterSeconds: 1e9 }, '3600'], [{ retryAfterSeconds: Number.NaN }, '2']] as const) {
      const res = await request(appThrowing(new KabinetError('ERR_UNAVAILABLE', 'down', { details }), [])).get('/boom');
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
});
