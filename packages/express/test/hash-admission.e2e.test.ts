// Admission control of password hashing, end to end (issue 13, finding 6): createKabinet puts
// every hasher behind createBoundedHasher, so beyond `concurrency` running and `queue` waiting
// hashes a login is answered 503 http.service_unavailable with Retry-After at once — no password
// checked, no attempt counted, nothing journaled. An unknown login pays one verification
// through the same admission (S-8), so a refusal looks the same whether the login exists.
import { describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createScryptHasher, type BoundedPasswordHasher } from '@kabinet/account';
import type { PasswordHasher } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import {
  client,
  createTestApp,
  nextIp,
  PASSWORD,
  registerActive,
  snapshot,
  type TestApp,
} from './_kit.js';
import { inMemoryPorts, accountContextOf } from 'kabinet/testing';

/** A cheap real hasher that can be held: while `hold` is on, every hash and verification waits for `release()`. */
function holdableHasher() {
  const inner = createScryptHasher({ cost: 2 ** 10 });
  const held: (() => void)[] = [];
  const state = { hold: false, hashes: 0, verifies: 0 };
  const gate = async () => {
    if (state.hold) await new Promise<void>((resolve) => held.push(resolve));
  };
  const hasher: PasswordHasher = {
    hash: async (secret) => {
      state.hashes++;
      await gate();
      return inner.hash(secret);
    },
    verify: async (hash, secret) => {
      state.verifies++;
      await gate();
      return inner.verify(hash, secret);
    },
    needsRehash: (hash) => inner.needsRehash(hash),
  };
  const release = () => {
    state.hold = false;
    for (const resolve of held.splice(0)) resolve();
  };
  return { hasher, state, held, release };
}

function app(limits: { concurrency: number; queue: number; retryAfterSeconds?: number }) {
  const h = holdableHasher();
  const t = createTestApp({
    config: {
      hasher: h.hasher,
      policy: {
        account: {
          scrypt: {
            cost: 2 ** 10,
            blockSize: 8,
            parallelization: 1,
            keyLength: 32,
            saltLength: 16,
          },
        },
        hashAdmission: limits,
      },
    },
  });
  return { t, ...h, bounded: accountContextOf(t.kabinet).hasher as BoundedPasswordHasher };
}

const loginAs = (t: TestApp, login: string, password: string, ip = nextIp()): Promise<Response> =>
  client(t, ip)
    .json('post', '/v1/auth/login', { login, password })
    .then((r) => r);

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe('hash admission through HTTP', () => {
  it('S-8: beyond `concurrency` running and `queue` waiting, a login is 503 with Retry-After, the same for a known and an unknown login; it checks and counts nothing', async () => {
    const { t, state, release, bounded } = app({ concurrency: 1, queue: 1, retryAfterSeconds: 5 });
    const account = await registerActive(t);
    expect((await loginAs(t, '+998900000001', 'Wrong-password-1')).status).toBe(401); // the dummy hash exists now

    state.hold = true;
    const running = loginAs(t, '+998900000002', 'Wrong-password-1');
    const waiting = loginAs(t, '+998900000003', 'Wrong-password-1');
    await until(() => bounded.running === 1 && bounded.waiting === 1);
    const before = snapshot(t, { accounts: [account.accountId] });
    const verifies = state.verifies;

    const known = await loginAs(t, account.phone, PASSWORD);
    const unknown = await loginAs(t, '+998900000004', PASSWORD);
    for (const refused of [known, unknown]) {
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.body).toEqual({
        error: {
          code: 'http.service_unavailable',
          message: expect.any(String),
          correlationId: refused.headers['x-correlation-id'],
        },
      });
    }
    // The same answer but for the correlation id, which is new on every 5xx.
    expect({ ...unknown.body.error, correlationId: undefined }).toEqual({
      ...known.body.error,
      correlationId: undefined,
    });
    expect(state.verifies).toBe(verifies);
    expect(snapshot(t, { accounts: [account.accountId] })).toEqual(before);

    release();
    expect((await running).status).toBe(401);
    expect((await waiting).status).toBe(401);
    // The refused right password counted nothing and took no slot: it works now.
    const ok = await loginAs(t, account.phone, PASSWORD);
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('second_factor_required');
    expect(t.faults).toEqual([
      expect.objectContaining({ code: 'ERR_UNAVAILABLE' }),
      expect.objectContaining({ code: 'ERR_UNAVAILABLE' }),
    ]);
  });

  it('S-8: an unknown login costs exactly one verification through the admission, like a wrong password for a known one', async () => {
    const { t, state } = app({ concurrency: 2, queue: 8 });
    const account = await registerActive(t);
    await loginAs(t, '+998900000011', 'Wrong-password-1');
    let verifies = state.verifies;
    expect((await loginAs(t, '+998900000012', 'Wrong-password-1')).status).toBe(401);
    expect(state.verifies - verifies).toBe(1);
    verifies = state.verifies;
    expect((await loginAs(t, account.phone, 'Wrong-password-1')).status).toBe(401);
    expect(state.verifies - verifies).toBe(1);
  });

  it('a dummy hash refused at capacity is not kept: the next unknown login, with room again, is an ordinary 401', async () => {
    const { t, state, release, bounded } = app({ concurrency: 1, queue: 0 });
    const account = await registerActive(t);
    state.hold = true;
    const running = loginAs(t, account.phone, 'Wrong-password-1');
    await until(() => bounded.running === 1);
    expect((await loginAs(t, '+998900000021', 'Wrong-password-1')).status).toBe(503);
    release();
    expect((await running).status).toBe(401);
    expect((await loginAs(t, '+998900000022', 'Wrong-password-1')).status).toBe(401);
    expect((await loginAs(t, '+998900000023', 'Wrong-password-1')).status).toBe(401);
  });

  it('createKabinet bounds the default hasher: CPU count minus one (at most 3 with the default thread pool), a queue of four per slot', () => {
    const kabinet = createKabinet({
      ...inMemoryPorts(),
      keys: generateDevelopmentKeys('admission'),
    });
    const { policy } = accountContextOf(kabinet).hasher as BoundedPasswordHasher;
    expect(policy.concurrency).toBeGreaterThanOrEqual(1);
    expect(policy.concurrency).toBeLessThanOrEqual(3);
    expect(policy.queue).toBe(4 * policy.concurrency);
    const tuned = createKabinet({
      ...inMemoryPorts(),
      keys: generateDevelopmentKeys('admission'),
      policy: { hashAdmission: { concurrency: 5, queue: 1 } },
    });
    expect((accountContextOf(tuned).hasher as BoundedPasswordHasher).policy).toEqual({
      concurrency: 5,
      queue: 1,
      retryAfterSeconds: 2,
    });
  });
});
