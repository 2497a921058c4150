// What the server does when PostgreSQL or Redis is down or slow: /readyz turns 503 and requests
// get 503 with Retry-After (fail closed: never a decision, never a hang), and it recovers by
// itself. The dependencies sit behind TCP proxies the tests cut and restore.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KabinetError, systemClock } from '@kabinet/core';
import { createPortalServer } from '../src/create-server.js';
import { generateKeysFile } from '../src/load-keys-file.js';
import { openStorage, type Storage } from '../src/open-storage.js';
import { startTcpProxy, type TcpProxy } from './_lib/tcp-proxy.js';

const DATABASE_URL =
  process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.KABINET_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const schema = `kabinet_faults_${run}`;
const prefix = `kabinet-faults:${run}:counter:`;
const dir = mkdtempSync(join(tmpdir(), 'kabinet-faults-'));
const cheap = {
  policy: {
    account: {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
    },
  },
};

let pgProxy: TcpProxy;
let redisProxy: TcpProxy;
const opened: Storage[] = [];

function through(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}

async function open(options: { redis: boolean; poolMax?: number }): Promise<Storage> {
  const storage = await openStorage(
    {
      storage: 'postgres',
      databaseUrl: through(DATABASE_URL, pgProxy),
      schema,
      poolMax: options.poolMax ?? 4,
      dataDir: dir,
      ...(options.redis ? { redisUrl: through(REDIS_URL, redisProxy), redisPrefix: prefix } : {}),
    },
    systemClock,
    () => {},
  );
  opened.push(storage);
  return storage;
}

/** The portals made, so their journal sequencers stop before the pools end. */
const portals: ReturnType<typeof createPortalServer>[] = [];

function portal(storage: Storage) {
  const made = createPortalServer({
    origin: 'http://127.0.0.1:3000',
    devOutbox: false,
    secureCookies: false,
    keys: generateKeysFile(),
    health: { checks: storage.checks, timeoutMs: 1_000, onChange: () => {} },
    kabinet: { ...cheap, ...storage.kabinet },
  });
  portals.push(made);
  return made.app;
}

const login = { login: '+998901112233', password: 'Samarqand-2026!' };

async function readyWithin(app: ReturnType<typeof portal>, ms: number): Promise<request.Response> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await request(app).get('/readyz');
    if (res.status === 200 || Date.now() > deadline) return res;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const pgUrl = new URL(DATABASE_URL);
  const redisUrl = new URL(REDIS_URL);
  pgProxy = await startTcpProxy(pgUrl.hostname, Number(pgUrl.port || 5432));
  redisProxy = await startTcpProxy(redisUrl.hostname, Number(redisUrl.port || 6379));
});

afterAll(async () => {
  for (const made of portals) await made.kabinet.close();
  for (const storage of opened) await storage.close();
  await pgProxy?.close();
  await redisProxy?.close();
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('the server on PostgreSQL and Redis', () => {
  it('opens both, migrates, and /readyz checks the database, the migrations and Redis', async () => {
    const storage = await open({ redis: true });
    expect(storage.description.join('\n')).toMatch(/migrations: (applied|up to date)/);
    const res = await request(portal(storage)).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', redis: 'ok' },
    });
  });

  it('Redis down: /readyz is 503 naming redis, a login is 503 with Retry-After (never a decision); Redis back: ready again', async () => {
    const app = portal(await open({ redis: true }));
    await redisProxy.cut();
    try {
      const ready = await request(app).get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect(ready.body.checks).toMatchObject({ database: 'ok', migrations: 'ok' });
      expect(['failed', 'timeout']).toContain(ready.body.checks.redis);
      const attempt = await request(app).post('/api/v1/auth/login').send(login);
      expect(attempt.status).toBe(503);
      expect(attempt.body.error.code).toBe('http.service_unavailable');
      expect(Number(attempt.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await redisProxy.restore();
    }
    expect((await readyWithin(app, 20_000)).status).toBe(200);
    expect((await request(app).post('/api/v1/auth/login').send(login)).status).toBe(401);
  }, 60_000);

  it('PostgreSQL down: /readyz is 503 naming the database, requests are 503; PostgreSQL back: ready again', async () => {
    const app = portal(await open({ redis: false }));
    await pgProxy.cut();
    try {
      const ready = await request(app).get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.database).not.toBe('ok');
      expect(ready.body.checks.migrations).not.toBe('ok');
      const attempt = await request(app).post('/api/v1/auth/login').send(login);
      expect(attempt.status).toBe(503);
      expect(attempt.body.error.code).toBe('http.service_unavailable');
    } finally {
      await pgProxy.restore();
    }
    expect((await readyWithin(app, 20_000)).status).toBe(200);
    expect((await request(app).post('/api/v1/auth/login').send(login)).status).toBe(401);
  }, 60_000);

  it('a statement stuck behind a lock is cut by statement_timeout, and a request finding no free connection gives up: both 503, neither hangs', async () => {
    const app = portal(await open({ redis: false, poolMax: 1 }));
    const locker = new pg.Client({ connectionString: DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query(
        `LOCK TABLE "${schema}".kabinet_records, "${schema}".kabinet_record_keys IN ACCESS EXCLUSIVE MODE`,
      );
      const stuck = request(app).post('/api/v1/auth/login').send(login);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The pool's only connection is waiting on the lock: this one cannot get a connection.
      const queued = await request(app).post('/api/v1/auth/login').send(login);
      expect(queued.status).toBe(503);
      expect(queued.body.error.code).toBe('http.service_unavailable');
      const cut = await stuck;
      expect(cut.status).toBe(503);
      expect(cut.headers['retry-after']).toBeDefined();
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await request(app).post('/api/v1/auth/login').send(login)).status).toBe(401);
  }, 60_000);

  it('does not start when PostgreSQL or Redis cannot be reached: ERR_UNAVAILABLE naming the address without its password', async () => {
    await redisProxy.cut();
    try {
      const error = await open({ redis: true }).catch((e: unknown) => e);
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_UNAVAILABLE');
      expect((error as Error).message).toContain(`Redis at redis://127.0.0.1:${redisProxy.port}`);
    } finally {
      await redisProxy.restore();
    }
    await pgProxy.cut();
    try {
      const url = new URL(through(DATABASE_URL, pgProxy));
      url.password = 'hunter2';
      const error = await openStorage(
        { storage: 'postgres', databaseUrl: url.toString(), schema, poolMax: 1, dataDir: dir },
        systemClock,
        () => {},
      ).catch((e: unknown) => e);
      expect(KabinetError.isInstance(error) && error.code).toBe('ERR_UNAVAILABLE');
      expect((error as Error).message).toContain(
        'PostgreSQL at postgresql://postgres:***@127.0.0.1',
      );
      expect((error as Error).message).not.toContain('hunter2');
    } finally {
      await pgProxy.restore();
    }
  }, 60_000);
});
