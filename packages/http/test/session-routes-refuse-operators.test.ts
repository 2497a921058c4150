// Every route an account holder calls with a session is declared with accountRoute: a support
// operator's call is answered 403 `http.forbidden` before the route reads its body or calls a
// service (the operator has no account to act as).
import { describe, expect, it } from 'vitest';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { inMemoryPorts } from 'kabinet/testing';
import type { RouteContext } from '../src/routing/define-route.js';
import type { KabinetPrincipal } from '../src/index.js';
import { createKabinetHttp } from '../src/index.js';

/** A value that fails the test the moment anything reads it. */
const untouchable = new Proxy(
  {},
  {
    get: (_target, key) => {
      throw new Error(`read ${String(key)} before refusing the operator`);
    },
  },
);

describe('session routes and support operators', () => {
  it('every `session` route answers an operator 403 http.forbidden before it reads the body', async () => {
    const kabinet = createKabinet({
      ...inMemoryPorts(),
      keys: generateDevelopmentKeys('operators'),
    });
    try {
      const { routes } = createKabinetHttp(kabinet);
      const sessionRoutes = routes.filter((route) => route.access === 'session');
      expect(sessionRoutes.length).toBeGreaterThan(40);
      const answered: string[] = [];
      for (const route of sessionRoutes) {
        const ctx: RouteContext<unknown, KabinetPrincipal> = {
          request: untouchable as Request,
          body: untouchable,
          params: untouchable,
          query: untouchable as URLSearchParams,
          locale: 'en',
          ip: '192.0.2.1',
          userAgent: '',
          principal: { kind: 'operator', operatorId: 'op_7' },
          problem: (status, code) => ({ status, body: { error: { code } } }),
        };
        const reply = await route.handle(ctx);
        answered.push(`${route.operationId} ${reply.status} ${JSON.stringify(reply.body)}`);
      }
      expect(answered).toEqual(
        sessionRoutes.map(
          (route) =>
            `${route.operationId} 403 ${JSON.stringify({ error: { code: 'http.forbidden' } })}`,
        ),
      );
    } finally {
      await kabinet.close();
    }
  });
});
