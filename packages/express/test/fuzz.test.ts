// S-17: no input, however malformed, produces a 5xx, an unhandled rejection or a
// half-written record. Every route is hit with malformed JSON, wrong types, huge and deeply
// nested bodies, wrong content types, truncated and disguised uploads and hostile headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import type { Route } from '@kabinet/http';
import {
  client,
  createTestApp,
  draftWithData,
  login,
  OPERATOR_TOKEN,
  registerActive,
  scanPng,
  snapshot,
  type Draft,
  type TestApp,
} from './_kit.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);

let t: TestApp;
let draft: Draft;
let account: Awaited<ReturnType<typeof registerActive>>;
let tokens: Awaited<ReturnType<typeof login>>;

beforeAll(async () => {
  t = createTestApp();
  draft = await draftWithData(t);
  account = await registerActive(t);
  tokens = await login(t, account);
  // Touch the session once now: authentication records `lastSeenAt` at most once a minute and
  // the clock stands still below, so later writes can only come from the requests themselves.
  await client(t)
    .agent.get('/api/v1/sessions')
    .set('authorization', `Bearer ${tokens.accessToken}`);
});

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** A value for a path parameter: a real id, or something hostile. */
function paramValue(name: string): fc.Arbitrary<string> {
  const real: Record<string, () => string> = {
    draftId: () => draft.draftId,
    accountId: () => account.accountId,
    sessionId: () => tokens.sessionId,
  };
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(real[name]?.() ?? 'x') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '..',
        '%2e%2e',
        '%00',
        '%E0%A4%A',
        'acc_' + 'A'.repeat(300),
        '{}',
        '__proto__',
        'constructor',
        "' OR 1=1 --",
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s) || 'e') },
  );
}

const deep = (depth: number, leaf: string) => '['.repeat(depth) + leaf + ']'.repeat(depth);
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom(
        'userType',
        'personal',
        'document',
        'phone',
        'email',
        'channel',
        'code',
        'password',
        'login',
        'loginToken',
        'method',
        'transport',
        'refreshToken',
        'uin',
        'dutyCode',
        'kind',
        'token',
        'idempotencyKey',
        'answer',
        'reason',
        'seq',
        'value',
        'ip',
        'termsVersion',
        'resumeToken',
        '__proto__',
        'constructor',
      ),
      fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ maxLength: 5000 }),
        fc.integer(),
        fc.constant(null),
      ),
    )
    .map((o) => JSON.stringify(o)),
);
const body = fc.oneof(
  { weight: 5, arbitrary: jsonish },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{',
      '{"a":',
      '[1,2',
      '"\\ud800"',
      '\u0000',
      'null',
      'true',
      '1e400',
      '{"a":1}{"b":2}',
      '\uFEFF{}',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => deep(n, '1')) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 64 * 1024, max: 300 * 1024 })
      .map((n) => JSON.stringify({ login: 'x'.repeat(n), password: 'y' })),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      JSON.stringify({ document: { kind: 'foreign_passport', number: 'A'.repeat(10_000) } }),
    ),
  },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zzz',
  'multipart/form-data',
  'application/octet-stream',
  'image/png',
  '',
  'application/problem+json',
  'application/json; charset=latin1',
);
const hostileHeaders = fc.record(
  {
    'accept-language': fc.oneof(
      fc.constantFrom('en', 'ru', '*', 'en;q=abc', 'ru;q=1e999,en;q=-1', 'x'.repeat(4000)),
      fc.string({ maxLength: 60 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    ),
    'x-forwarded-for': fc.constantFrom(
      '203.0.113.9',
      '::1',
      'not-an-ip',
      '1.2.3.4, 5.6.7.8',
      '999.999.999.999',
      '',
    ),
    'x-resume-token': fc.oneof(
      { weight: 3, arbitrary: fc.constant('__real__') },
      {
        weight: 1,
        arbitrary: fc.string({ maxLength: 80 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
      },
    ),
    'x-csrf-token': fc.constantFrom('abc', '', 'x'.repeat(500)),
    cookie: fc.constantFrom(
      'kabinet_session=garbage',
      'kabinet_session=%E0%A4%A; kabinet_csrf=1',
      '=;;;=',
      'kabinet_refresh=ses_1.x',
      `kabinet_session=${'a'.repeat(5000)}`,
    ),
  },
  { requiredKeys: [] },
);
const auth = fc.constantFrom<'none' | 'bearer' | 'operator' | 'garbage'>(
  'none',
  'bearer',
  'operator',
  'garbage',
);

/**
 * Values shaped by a route's own body schema (zod 4 internals), so fuzzing reaches the use
 * cases behind the schema check: every field present with a value of the right type, of
 * random content and length (strings also in hostile forms).
 */
function shaped(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  if (def === undefined || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)])),
      );
    }
    case 'optional':
    case 'nullable':
    case 'default':
      return fc.option(shaped(def.innerType, depth + 1), { nil: undefined });
    case 'string':
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.constantFrom(
          '+998901234567',
          'a@b.uz',
          '17.05.1990',
          '2026-13-45',
          'AA1234567',
          '123-456-789 64',
          '\u200b+7 916 123-45-67',
          'x'.repeat(2000),
        ),
      );
    case 'number':
      return fc.oneof(
        fc.integer(),
        fc.double(),
        fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, 1e300),
      );
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)),
        },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      );
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'array':
      return fc.array(shaped(def.element, depth + 1), { maxLength: 4 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => shaped(o, depth + 1)));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A shaped body with one field broken: removed, or given a value of another type. */
function mutated(schema: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      shaped(schema),
      fc.nat(),
      fc.oneof(
        fc.constant(undefined),
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ maxLength: 3000 }),
      ),
    )
    .map(([value, pick, replacement]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const keys = Object.keys(value);
      if (keys.length === 0) return value;
      const key = keys[pick % keys.length]!;
      return { ...value, [key]: replacement };
    });
}

function pathFor(route: Route<unknown>, params: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? 'x');
}

/** Journal actions a refused request may append: the record of the refusal itself. */
const SECURITY_EVENTS = new Set([
  'account.login.failed',
  'account.locked',
  'session.reauth_failed',
  'session.refresh_reused',
  'payment.callback_rejected',
  'application.callback_rejected',
  'support.account_block_rejected',
]);

/** What must not change when a request is refused. */
const state = () =>
  snapshot(t, {
    drafts: [draft.draftId],
    accounts: [account.accountId],
    sessions: [tokens.sessionId],
  }) as { journal: number };

describe('S-17: fuzzing every endpoint over Express', () => {
  it('S-17: malformed bodies, wrong types, wrong content types and hostile headers never give a 5xx or change the stores', async () => {
    const routes = t.http.routes as unknown as Route<unknown>[];
    const request = fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        params: fc.record(
          Object.fromEntries(
            [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, paramValue(m[1]!)]),
          ),
        ),
        method: fc.oneof(
          { weight: 4, arbitrary: fc.constant(route.method) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH') },
        ),
        body:
          route.body === undefined
            ? body
            : fc.oneof(
                { weight: 3, arbitrary: shaped(route.body).map((v) => JSON.stringify(v)) },
                { weight: 2, arbitrary: mutated(route.body).map((v) => JSON.stringify(v)) },
                { weight: 2, arbitrary: body },
              ),
        type:
          route.body === undefined
            ? contentType
            : fc.oneof(
                { weight: 3, arbitrary: fc.constant('application/json') },
                { weight: 1, arbitrary: contentType },
              ),
        headers: hostileHeaders,
        auth,
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const before = state();
        const path = `/api${pathFor(r.route, r.params)}`;
        const method = r.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
        let req = client(t).agent[method](path);
        for (const [k, v] of Object.entries(r.headers))
          req = req.set(k, v === '__real__' ? draft.token : v);
        if (r.auth === 'bearer') req = req.set('authorization', `Bearer ${tokens.accessToken}`);
        if (r.auth === 'operator') req = req.set('authorization', `Bearer ${OPERATOR_TOKEN}`);
        if (r.auth === 'garbage')
          req = req.set('authorization', `Bearer ${'z'.repeat(50)}.${'y'.repeat(50)}.x`);
        if (r.type !== '') req = req.set('content-type', r.type);
        const res = method === 'get' ? await req : await req.send(r.body);
        expect(
          res.status,
          `${r.method} ${path} → ${res.status} ${res.text.slice(0, 200)}`,
        ).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers['content-type']).toMatch(/^application\/json/);
          expect(typeof res.body.error?.code).toBe('string');
          const after = state();
          // A refusal may journal a security event (a failed password or code check, a forged
          // callback, a reused refresh token: AUD-1) and nothing else; records never move.
          const appended = Array.from(
            { length: after.journal - before.journal },
            (_v, i) =>
              JSON.parse(t.stores.journal.peekEntry(before.journal + i) ?? '{}').action as string,
          );
          expect(
            appended.filter((action) => !SECURITY_EVENTS.has(action)),
            `${r.method} ${path} → ${res.status}`,
          ).toEqual([]);
          expect(
            { ...after, journal: before.journal },
            `${r.method} ${path} → ${res.status} ${res.text.slice(0, 200)}`,
          ).toEqual(before);
        }
      }),
      { numRuns: 400 },
    );
    expect(t.faults).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('S-13, S-17: truncated, disguised and mislabelled uploads are refused with a 4xx and store nothing', async () => {
    const png = scanPng();
    const boundary = '----kabinetfuzz';
    const multipart = (file: Buffer, name: string, type: string) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="document"\r\n\r\n${JSON.stringify({ kind: 'foreign_passport', number: 'AB1234567', country: 'UZB', expiryDate: '01.01.2031' })}\r\n`,
        ),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
        ),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const files = fc.oneof(
      fc.constant(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(600)])),
      fc.constant(Buffer.from('%PDF-1.7\n%%EOF')),
      fc.integer({ min: 1, max: png.length - 1 }).map((n) => png.subarray(0, n)),
      fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
      fc.constant(Buffer.concat([png.subarray(0, 16), Buffer.alloc(100, 0xff)])),
      fc.constant(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        files,
        fc.constantFrom('passport.png', 'scan.jpg', 'a.pdf', '../../etc/passwd', 'x.exe'),
        fc.constantFrom('image/png', 'application/pdf', 'image/jpeg'),
        fc.integer({ min: 0, max: 3 }),
        async (file, name, type, cut) => {
          const before = state();
          let payload = multipart(file, name, type);
          if (cut > 0) payload = payload.subarray(0, Math.max(1, payload.length - cut * 7));
          const res = await client(t)
            .agent.post(`/api/v1/registration/drafts/${draft.draftId}/documents`)
            .set('x-resume-token', draft.token)
            .set('content-type', `multipart/form-data; boundary=${boundary}`)
            .send(payload);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(state()).toEqual(before);
        },
      ),
      { numRuns: 80 },
    );
    expect(unhandled).toEqual([]);
  });

  it('S-17: a body that ends early or lies about its length is a 4xx, not a hang or a 5xx', async () => {
    const t2 = createTestApp();
    const { request } = await import('node:http');
    const server = t2.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as { port: number }).port;
    const send = (headers: Record<string, string>, chunk: string) =>
      new Promise<number>((resolve) => {
        const req = request(
          { host: '127.0.0.1', port, method: 'POST', path: '/api/v1/auth/login', headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', () => resolve(-1));
        req.write(chunk);
        // Close the socket with the body unfinished.
        setTimeout(() => req.destroy(), 50);
      });
    const statuses = [
      await send({ 'content-type': 'application/json', 'content-length': '1000' }, '{"login":"a"'),
      await send(
        { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
        '{',
      ),
    ];
    await new Promise((resolve) => server.close(resolve));
    for (const s of statuses) expect(s < 500).toBe(true);
    expect(t2.faults).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});
