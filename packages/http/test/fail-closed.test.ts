// DESIGN-8, fail closed, end to end: when the counter store behind the lockout cannot answer
// (a Redis outage), a login is answered 503 http.service_unavailable with Retry-After — not 401,
// not 200, not 500 — whichever of its counter calls is the first to fail. The account and
// lockout services must let the store's ERR_UNAVAILABLE through; swallowing it anywhere
// would turn an outage into an answer.
import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import type { CounterState, CounterStore, PasswordHasher } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { inMemoryPorts } from 'kabinet/testing';
import { createMemoryStores } from '@kabinet/memory';
import { createKabinetHttp } from '../src/index.js';
import { createFakeClock } from '@kabinet/core/testing';

/**
 * A correct in-process counter store whose call number `failAt` fails with ERR_UNAVAILABLE:
 * only that call (a single timeout), or with `lasting` every call from it on (an outage).
 */
function outageCounters(clock: {
  now(): number;
}): CounterStore & { calls: number; failAt: number; lasting: boolean } {
  const map = new Map<string, CounterState>();
  const live = (key: string): CounterState | undefined => {
    const state = map.get(key);
    return state !== undefined && clock.now() < state.expiresAt ? state : undefined;
  };
  const store = {
    calls: 0,
    failAt: Number.POSITIVE_INFINITY,
    lasting: false,
    gate(): void {
      store.calls += 1;
      if (store.calls === store.failAt || (store.lasting && store.calls > store.failAt))
        throw new KabinetError('ERR_UNAVAILABLE', 'Redis unavailable during a counter call', {
          details: { operation: 'increment', retryAfterSeconds: 3 },
        });
    },
    async increment(
      key: string,
      {
        by = 1,
        ttlMs,
        window = 'fixed',
      }: { by?: number; ttlMs: number; window?: 'fixed' | 'sliding' },
    ) {
      store.gate();
      const current = live(key);
      const now = clock.now();
      const next =
        current === undefined
          ? { value: by, expiresAt: now + ttlMs }
          : {
              value: current.value + by,
              expiresAt: window === 'sliding' ? now + ttlMs : current.expiresAt,
            };
      map.set(key, next);
      return next;
    },
    async raiseTo(key: string, value: number, ttlMs: number) {
      store.gate();
      const current = live(key);
      if (current !== undefined && current.value >= value) return current;
      const next = { value, expiresAt: clock.now() + ttlMs };
      map.set(key, next);
      return next;
    },
    async get(key: string) {
      store.gate();
      return live(key);
    },
    async reset(key: string) {
      store.gate();
      map.delete(key);
    },
  };
  return store;
}

/** A hasher that costs nothing, so the test measures the wiring, not scrypt. */
const plainHasher: PasswordHasher = {
  hash: async (secret) => `plain$${secret}`,
  verify: async (hash, secret) => hash === `plain$${secret}`,
  needsRehash: () => false,
};

function api() {
  const clock = createFakeClock(Date.UTC(2026, 2, 2, 9));
  const counters = outageCounters(clock);
  const kabinet = createKabinet({
    keys: generateDevelopmentKeys('fail-closed'),
    clock,
    hasher: plainHasher,
    ...inMemoryPorts({ clock }),
    // Counters elsewhere (as on Redis), every other store the backend's.
    backend: { ...createMemoryStores({ clock }), counters },
  });
  const { handler } = createKabinetHttp(kabinet);
  const login = (lang = 'en') =>
    handler(
      new Request('http://localhost/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ login: '+79161234567', password: 'Wrong-password-1' }),
      }),
      { ip: '203.0.113.7' },
    );
  return { counters, login };
}

describe('DESIGN-8: a counter outage is 503 with Retry-After, end to end', () => {
  it('DESIGN-8: with the counter store down, a login is 503 http.service_unavailable with Retry-After, not an answer', async () => {
    const { counters, login } = api();
    const up = await login();
    expect(up.status).toBe(401);
    counters.failAt = counters.calls + 1;
    counters.lasting = true;
    const down = await login();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('3');
    expect(await down.json()).toEqual({
      error: {
        code: 'http.service_unavailable',
        message: 'The service is temporarily unavailable, try again in a few seconds',
        correlationId: down.headers.get('x-correlation-id'),
      },
    });
  });

  it('DESIGN-8: whichever counter call of a login fails (alone or for good), the answer is 503 (lockout and account swallow nothing)', async () => {
    const probe = api();
    const before = probe.counters.calls;
    expect((await probe.login()).status).toBe(401);
    const perLogin = probe.counters.calls - before;
    expect(perLogin).toBeGreaterThan(3);
    for (const lasting of [false, true]) {
      for (let k = 1; k <= perLogin; k++) {
        const { counters, login } = api();
        counters.failAt = k;
        counters.lasting = lasting;
        const res = await login('ru');
        expect(
          res.status,
          `counter call ${k} of ${perLogin} failed${lasting ? ', and every call after it' : ' (only that one)'}`,
        ).toBe(503);
        expect(res.headers.get('retry-after')).toBe('3');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
          'http.service_unavailable',
        );
      }
    }
  });
});
