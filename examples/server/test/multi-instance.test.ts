// Two server processes on different ports that share DATABASE_URL, REDIS_URL and the keys file
// must be indistinguishable to a client. Everything here goes over HTTP to real processes
// started the way an operator starts them; PostgreSQL and Redis must be running (no skipping).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { systemClock } from '@kabinet/core';
import { createKabinet } from 'kabinet';
import { accountContextOf, inMemoryPorts } from 'kabinet/testing';
import { openStorage } from '../src/open-storage.js';
import { generateKeysFile, loadKeysFile } from '../src/load-keys-file.js';
import {
  call,
  expectStatus,
  lastCode,
  newPerson,
  nextIp,
  register,
  waitUntil,
  type Person,
  type Registered,
  type Reply,
} from './_lib/portal-client.js';
import { freePort, startServerProcess, type ServerProcess } from './_lib/server-process.js';

const DATABASE_URL =
  process.env.KABINET_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.KABINET_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The resend cooldown of the portal policy (S-5), plus a margin. */
const COOLDOWN_MS = 61_000;
/** The default policy's consecutive password failures (all IPs) that lock an account (S-7), as the servers run it. */
const LOCK_AFTER = accountContextOf(createKabinet({ keys: generateKeysFile(), ...inMemoryPorts() }))
  .lockout.policy.password.lockAfterFailures;

const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const schema = `kabinet_e2e_${run}`;
const prefix = `kabinet-e2e:${run}:counter:`;
const dir = mkdtempSync(join(tmpdir(), 'kabinet-mi-'));
const keysFile = join(dir, 'keys.json');
// Behind one load balancer every instance has the same public origin, which is also the tokens' issuer.
const PUBLIC_ORIGIN = 'http://127.0.0.1:8080';
const shared = {
  PUBLIC_ORIGIN,
  DATABASE_URL,
  REDIS_URL,
  KABINET_DB_SCHEMA: schema,
  KABINET_REDIS_PREFIX: prefix,
  KABINET_KEYS_FILE: keysFile,
  KABINET_DEV_OUTBOX: '1',
};
const envA = { ...shared, KABINET_DATA_DIR: join(dir, 'a') };
const envB = { ...shared, KABINET_DATA_DIR: join(dir, 'b') };
// The negative control: the same keys file, but each process keeps its stores to itself.
const envC = {
  PUBLIC_ORIGIN,
  KABINET_STORAGE: 'memory',
  KABINET_KEYS_FILE: keysFile,
  KABINET_DEV_OUTBOX: '1',
  KABINET_DATA_DIR: join(dir, 'c'),
};
const envD = { ...envC, KABINET_DATA_DIR: join(dir, 'd') };

let a: ServerProcess;
let b: ServerProcess;
let c: ServerProcess;
let d: ServerProcess;
const started: ServerProcess[] = [];
let sessionPerson: Person;
let sessionAccount: Registered;
let controlPerson: Person;
let controlAccount: Registered;

async function start(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const p = await startServerProcess(name, port, env);
  started.push(p);
  return p;
}

/** Fails loudly, naming the service, when PostgreSQL or Redis is not there. */
async function requireServices(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is required at ${DATABASE_URL} (set KABINET_TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 5_000,
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is required at ${REDIS_URL} (set KABINET_TEST_REDIS_URL): ${(error as Error).message}`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Logs in with password then the SMS code: the first step on `first`, the second on `second`. */
async function logIn(
  first: ServerProcess,
  second: ServerProcess,
  person: Person,
): Promise<{ accessToken: string; refreshToken: string; sessionId: string }> {
  const step1 = expectStatus(
    await call(first.origin, 'POST', '/api/v1/auth/login', {
      json: { login: person.phone, password: person.password },
      ip: person.ip,
    }),
    200,
  );
  expect(step1.body).toMatchObject({
    status: 'second_factor_required',
    codeSentTo: expect.any(String),
  });
  const code = await lastCode(first.origin, person.phone);
  const step2 = expectStatus(
    await call(second.origin, 'POST', '/api/v1/auth/login/complete', {
      json: { loginToken: step1.body.loginToken, method: 'sms', code },
      ip: person.ip,
    }),
    200,
  );
  return step2.body.tokens;
}

/**
 * A login attempt as a client makes it: a 503 is no decision (a store or the hash queue could
 * not answer in time, which happens on a starved machine), so it is retried after Retry-After.
 */
async function attempt(
  on: ServerProcess,
  person: Person,
  password: string,
  ip: string,
): Promise<Reply> {
  for (let tries = 1; ; tries++) {
    const reply = await call(on.origin, 'POST', '/api/v1/auth/login', {
      json: { login: person.phone, password },
      ip,
    });
    if (reply.status !== 503 || tries === 3) return reply;
    console.warn(`login on ${on.name} answered 503 (${JSON.stringify(reply.body)}); retrying`);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(3, Number(reply.headers.get('retry-after') ?? 1)) * 1_000),
    );
  }
}

/** N wrong passwords at once, each from its own IP, alternating between the instances. */
async function wrongPasswords(
  person: Person,
  n: number,
  instances: readonly ServerProcess[],
): Promise<Reply[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      attempt(instances[i % instances.length]!, person, 'Wrong-password-1!', nextIp()),
    ),
  );
}

/** The issue code of a refusal: the problem's own code, or the first issue of a 422. */
function refusalCode(reply: Reply): string | undefined {
  return reply.body?.error?.issues?.[0]?.code ?? reply.body?.error?.code;
}

async function rightPassword(on: ServerProcess, person: Person): Promise<Reply> {
  return attempt(on, person, person.password, nextIp());
}

beforeAll(async () => {
  await requireServices();
  const [pa, pb, pc, pd] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  // Two instances on a fresh schema at once: migrations and the keys file are created by one of them.
  [a, b] = await Promise.all([start('A', pa, envA), start('B', pb, envB)]);
  [c, d] = await Promise.all([start('C', pc, envC), start('D', pd, envD)]);
  // Registered now, logged in once the resend cooldown has passed (the other scenarios run meanwhile).
  sessionPerson = newPerson();
  controlPerson = newPerson();
  [sessionAccount, controlAccount] = await Promise.all([
    register(a.origin, sessionPerson),
    register(c.origin, controlPerson),
  ]);
}, 600_000);

// When a scenario fails, show what the servers logged (a 503's cause is only in their log).
afterEach((context) => {
  if (context.task.result?.state !== 'fail') return;
  for (const p of started)
    console.error(
      `--- server ${p.name} (port ${p.port}) ---\n${p.output().split('\n').slice(-40).join('\n')}`,
    );
});

afterAll(async () => {
  await Promise.all(started.map((p) => p.stop('SIGTERM')));
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
  const redis = new Redis(REDIS_URL);
  for (const p of [prefix, `${prefix}other:`]) {
    const keys = await redis.keys(`${p}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('two instances sharing DATABASE_URL, REDIS_URL and the keys file', () => {
  it('both started on a fresh schema: one keys file, migrations applied once, both ready', async () => {
    expect(a.output()).toMatch(/Keys {12}.*keys\.json \((created now|loaded)/);
    const created = [a, b].filter((p) => p.output().includes('created now with fresh keys'));
    expect(created).toHaveLength(1);
    for (const p of [a, b]) {
      expect((await call(p.origin, 'GET', '/readyz')).body).toEqual({
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', redis: 'ok' },
      });
      expect(p.output()).toContain(`schema ${schema}`);
      expect(p.output()).toContain(`counters on Redis ${REDIS_URL}`);
    }
  }, 60_000);

  it('S-5: a code sent by A holds the resend cooldown on B; of six requests at once across both, one is sent', async () => {
    const person = newPerson();
    const draft = expectStatus(
      await call(a.origin, 'POST', '/api/v1/registration/drafts', {
        json: { userType: 'foreign_citizen' },
        ip: person.ip,
      }),
      201,
    ).body;
    const path = `/api/v1/registration/drafts/${draft.draftId}`;
    const headers = { 'x-resume-token': draft.resumeToken as string };
    expectStatus(
      await call(b.origin, 'PUT', `${path}/contacts`, {
        json: { phone: person.phone, email: person.email },
        headers,
        ip: person.ip,
      }),
      200,
    );
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call([a, b][i % 2]!.origin, 'POST', `${path}/codes`, {
          json: { channel: 'phone' },
          headers,
          ip: nextIp(),
        }),
      ),
    );
    expect(replies.filter((r) => r.status === 202)).toHaveLength(1);
    const refused = replies.filter((r) => r.status !== 202);
    // A send limit is a 429 with Retry-After and an `auth.send_…` issue (S-5).
    expect(refused.map((r) => [r.status, refusalCode(r)])).toEqual(
      Array(5).fill([429, expect.stringMatching(/^auth\.send_/)]),
    );
    for (const r of refused) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const p of [b, a]) {
      const again = await call(p.origin, 'POST', `${path}/codes`, {
        json: { channel: 'phone' },
        headers,
        ip: nextIp(),
      });
      expect({ on: p.name, status: again.status, code: refusalCode(again) }).toEqual({
        on: p.name,
        status: 429,
        code: expect.stringMatching(/^auth\.send_/),
      });
    }
  }, 120_000);

  it('OTP-3, S-9: of six wrong codes at once across A and B exactly one is judged; then the right code is blocked on both', async () => {
    const person = newPerson();
    const draft = expectStatus(
      await call(a.origin, 'POST', '/api/v1/registration/drafts', {
        json: { userType: 'foreign_citizen' },
        ip: person.ip,
      }),
      201,
    ).body;
    const path = `/api/v1/registration/drafts/${draft.draftId}`;
    const headers = { 'x-resume-token': draft.resumeToken as string };
    expectStatus(
      await call(a.origin, 'PUT', `${path}/contacts`, {
        json: { phone: person.phone, email: person.email },
        headers,
        ip: person.ip,
      }),
      200,
    );
    const sender = expectStatus(
      await call(b.origin, 'POST', `${path}/codes`, {
        json: { channel: 'phone' },
        headers,
        ip: person.ip,
      }),
      202,
    );
    expect(sender.body.channel).toBe('phone');
    const code = await lastCode(b.origin, person.phone);
    const wrong = code.replace(/.$/, (digit) => String((Number(digit) + 1) % 10));
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call([a, b][i % 2]!.origin, 'POST', `${path}/codes/confirm`, {
          json: { channel: 'phone', code: wrong },
          headers,
          ip: nextIp(),
        }),
      ),
    );
    const judged = replies.filter((r) => r.status !== 429);
    expect(judged).toHaveLength(1);
    expect(judged[0]!.status).toBe(422);
    for (const r of replies.filter((x) => x.status === 429))
      expect(r.body.error.code).toBe('auth.code_blocked');
    // The five-minute block (OTP-3) holds on both instances, even for the right code.
    for (const p of [a, b]) {
      const right = await call(p.origin, 'POST', `${path}/codes/confirm`, {
        json: { channel: 'phone', code },
        headers,
        ip: nextIp(),
      });
      expect({ on: p.name, status: right.status, code: right.body.error?.code }).toEqual({
        on: p.name,
        status: 429,
        code: 'auth.code_blocked',
      });
    }
  }, 120_000);

  it(`S-7, S-9: wrong passwords from many IPs across A and B all count: ${LOCK_AFTER - 1} leave the account open, ${LOCK_AFTER} lock it on both`, async () => {
    const person = newPerson();
    await register(b.origin, person);
    const nine = await wrongPasswords(person, LOCK_AFTER - 1, [a, b]);
    expect(nine.map((r) => r.status)).toEqual(Array(LOCK_AFTER - 1).fill(401));
    const open = await rightPassword(a, person);
    expect({ status: open.status, step: open.body.status }).toEqual({
      status: 200,
      step: 'second_factor_required',
    });
    // The right password reset the count (successResetsAccount); now exactly the policy's number at once.
    const ten = await wrongPasswords(person, LOCK_AFTER, [a, b]);
    expect(ten.map((r) => r.status)).toEqual(Array(LOCK_AFTER).fill(401));
    for (const p of [a, b]) {
      const refused = await rightPassword(p, person);
      // S-8: a locked account answers exactly like a wrong password.
      expect({ on: p.name, status: refused.status, code: refused.body.error?.code }).toEqual({
        on: p.name,
        status: 401,
        code: 'auth.invalid_credentials',
      });
    }
  }, 300_000);

  it('a session started on A works on B, survives a crash and restart of A, and once ended on B is refused by both', async () => {
    await waitUntil(sessionAccount.codesSentAt, COOLDOWN_MS);
    const tokens = await logIn(a, b, sessionPerson);
    for (const p of [a, b]) {
      const sessions = expectStatus(
        await call(p.origin, 'GET', '/api/v1/sessions', { token: tokens.accessToken }),
        200,
      );
      expect(sessions.body.sessions.map((s: { sessionId: string }) => s.sessionId)).toContain(
        tokens.sessionId,
      );
    }
    // A crashes (SIGKILL: no graceful close) and comes back on the same port.
    expect(await a.stop('SIGKILL')).toBeNull();
    expect(
      (await call(b.origin, 'GET', '/api/v1/identity', { token: tokens.accessToken })).status,
    ).toBe(200);
    a = await start('A (restarted)', a.port, envA);
    expect(a.output()).toContain('keys.json (loaded');
    expect(a.output()).toMatch(/migrations: up to date/);
    const identity = expectStatus(
      await call(a.origin, 'GET', '/api/v1/identity', { token: tokens.accessToken }),
      200,
    );
    expect(identity.body).toMatchObject({
      lifecycle: 'active',
      documents: expect.arrayContaining([expect.objectContaining({ kind: 'foreign_passport' })]),
    });
    // The refresh token, issued by B before the crash, rotates on the restarted A.
    const refreshed = expectStatus(
      await call(a.origin, 'POST', '/api/v1/sessions/refresh', {
        json: { refreshToken: tokens.refreshToken },
      }),
      200,
    ).body.tokens;
    expect(refreshed.sessionId).toBe(tokens.sessionId);
    expectStatus(
      await call(b.origin, 'POST', '/api/v1/sessions/logout', { token: refreshed.accessToken }),
      200,
    );
    for (const p of [a, b]) {
      expect({
        on: p.name,
        status: (await call(p.origin, 'GET', '/api/v1/sessions', { token: refreshed.accessToken }))
          .status,
      }).toEqual({ on: p.name, status: 401 });
      expect({
        on: p.name,
        status: (await call(p.origin, 'GET', '/api/v1/sessions', { token: tokens.accessToken }))
          .status,
      }).toEqual({ on: p.name, status: 401 });
    }
    expect(
      (
        await call(a.origin, 'POST', '/api/v1/sessions/refresh', {
          json: { refreshToken: refreshed.refreshToken },
        })
      ).status,
    ).toBe(401);
  }, 300_000);

  it('negative control: two instances with the same keys but their own stores do not share a session', async () => {
    await waitUntil(controlAccount.codesSentAt, COOLDOWN_MS);
    const tokens = await logIn(c, c, controlPerson);
    expect(
      (await call(c.origin, 'GET', '/api/v1/sessions', { token: tokens.accessToken })).status,
    ).toBe(200);
    // D verifies the token's signature (same keys file) but has no such session or account.
    expect(
      (await call(d.origin, 'GET', '/api/v1/sessions', { token: tokens.accessToken })).status,
    ).toBe(401);
    expect((await call(d.origin, 'GET', '/readyz')).body).toEqual({ status: 'ready', checks: {} });
  }, 300_000);

  it('S-14: the journal both instances wrote is one chain that verifies, payloads included', async () => {
    const storage = await openStorage(
      { storage: 'postgres', databaseUrl: DATABASE_URL, schema, poolMax: 2, dataDir: dir },
      systemClock,
    );
    try {
      // The shared journal, read with the shared keys (the other ports are never used here).
      const kabinet = createKabinet({
        keys: loadKeysFile({ path: keysFile, create: false }).keys,
        ...inMemoryPorts(),
        backend: storage.kabinet.backend,
      });
      onTestFinished(() => kabinet.close());
      const report = await kabinet.journal.verify(undefined, { payloads: true });
      expect(report).toMatchObject({ ok: true, checkpointIssues: [] });
      const history = await kabinet.journal.history({
        type: 'account',
        id: sessionAccount.accountId,
      });
      const actions = history.map((e) => e.entry.action);
      // Written by A (registration, the login's first step) and by B (the login completed there), in one sequence.
      expect(actions).toEqual(
        expect.arrayContaining([
          'account.created',
          'account.login.second_factor_requested',
          'account.login.succeeded',
        ]),
      );
      const seqs = history.map((e) => e.entry.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(report.size).toBeGreaterThan(Math.max(...seqs));
    } finally {
      await storage.close();
    }
  }, 120_000);

  it('negative control: with B restarted on another Redis prefix (counters not shared) the same wrong passwords no longer lock', async () => {
    await b.stop('SIGTERM');
    b = await start('B (own counters)', b.port, {
      ...envB,
      KABINET_REDIS_PREFIX: `${prefix}other:`,
    });
    const person = newPerson();
    await register(a.origin, person);
    const ten = await wrongPasswords(person, LOCK_AFTER, [a, b]);
    expect(ten.map((r) => r.status)).toEqual(Array(LOCK_AFTER).fill(401));
    // Each instance counted only its own five: the right password still gets in.
    const open = await rightPassword(a, person);
    expect({ status: open.status, step: open.body.status }).toEqual({
      status: 200,
      step: 'second_factor_required',
    });
  }, 300_000);
});
