import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  createHealthRouter,
  type HealthRouterOptions,
  type ReadinessCheck,
} from './health-routes.js';

function appWith(options: HealthRouterOptions) {
  const app = express();
  app.use(createHealthRouter({ onChange: () => {}, ...options }));
  return app;
}

const ok = (name: string): ReadinessCheck => ({ name, run: async () => {} });
const failing = (
  name: string,
  message = 'connect ECONNREFUSED 127.0.0.1:5432',
): ReadinessCheck => ({
  name,
  run: async () => {
    throw new Error(message);
  },
});

describe('GET /healthz', () => {
  it('answers 200 while the process serves, whatever the dependencies say', async () => {
    const res = await request(appWith({ checks: [failing('database')] })).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /readyz', () => {
  it('is ready when every check passes, and says which ran', async () => {
    const res = await request(
      appWith({ checks: [ok('database'), ok('migrations'), ok('redis')] }),
    ).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', redis: 'ok' },
    });
  });

  it('answers 503 with Retry-After when one dependency fails, naming it but not leaking its error', async () => {
    const res = await request(
      appWith({
        checks: [ok('database'), failing('redis', 'connect ECONNREFUSED 10.0.0.7:6379')],
        retryAfterSeconds: 7,
      }),
    ).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.body).toEqual({ status: 'not_ready', checks: { database: 'ok', redis: 'failed' } });
    expect(res.text).not.toContain('10.0.0.7');
  });

  it('a check that hangs is a timeout after timeoutMs, and its signal is aborted', async () => {
    let aborted = false;
    const hanging: ReadinessCheck = {
      name: 'database',
      run: (signal) =>
        new Promise(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
    };
    const started = Date.now();
    const res = await request(appWith({ checks: [hanging, ok('redis')], timeoutMs: 50 })).get(
      '/readyz',
    );
    expect(res.status).toBe(503);
    expect(res.body.checks).toEqual({ database: 'timeout', redis: 'ok' });
    expect(aborted).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers 503 "draining" once shutdown has begun, without asking the dependencies', async () => {
    let asked = 0;
    const res = await request(
      appWith({
        checks: [{ name: 'database', run: async () => void asked++ }],
        draining: () => true,
      }),
    ).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('draining');
    expect(res.headers['retry-after']).toBe('5');
    expect(asked).toBe(0);
  });

  it('concurrent probes share one round of checks', async () => {
    let asked = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const app = appWith({
      checks: [{ name: 'database', run: async () => void (asked++, await gate) }],
    });
    const probes = Array.from({ length: 5 }, () =>
      request(app)
        .get('/readyz')
        .then((r) => r.status),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await Promise.all(probes)).toEqual([200, 200, 200, 200, 200]);
    expect(asked).toBe(1);
  });

  it('reports a change of readiness once, with the reason, not on every probe', async () => {
    const changes: [boolean, Record<string, string>][] = [];
    let up = true;
    const app = appWith({
      checks: [
        {
          name: 'redis',
          run: async () => {
            if (!up) throw new Error('Connection is closed.');
          },
        },
      ],
      onChange: (ready, failures) => changes.push([ready, { ...failures }]),
    });
    await request(app).get('/readyz');
    await request(app).get('/readyz');
    up = false;
    await request(app).get('/readyz');
    await request(app).get('/readyz');
    up = true;
    await request(app).get('/readyz');
    expect(changes).toEqual([
      [true, {}],
      [false, { redis: 'Connection is closed.' }],
      [true, {}],
    ]);
  });
});
