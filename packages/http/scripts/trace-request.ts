// Follows one request through the code, as issue #14 asks a reader to: which source files run
// while the HTTP handler answers it (V8's precise coverage, counted per function call), in how
// many packages, and how many store calls it makes (every method of every store counted).
// Three requests: a password login, one registration step (the personal data of a draft) and
// a payment provider's callback. Everything is in memory; the setup before each request is not
// counted.
//
//   pnpm --filter @kabinet/http trace [--files]   (TRACE_ARGS=1 prints every store call)
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { createFakeClock } from '@kabinet/core/testing';
import type { StoreBackend } from '@kabinet/ports';
import { createMemoryStores } from '@kabinet/memory/backend';
import { createMemoryIdentityRegistry } from '@kabinet/memory/registry';
import { createOutbox } from '@kabinet/memory/senders';
import { createKabinetHttp } from '../src/index.js';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { simulatedPayments } from 'kabinet/testing';
import { registerAccount } from '../test/_lib/register-account.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const showFiles = process.argv.includes('--files');

/** Counts calls of every method of the stores a backend hands out (nested groups included). */
function countingBackend(backend: StoreBackend): {
  backend: StoreBackend;
  calls: Map<string, number>;
} {
  const calls = new Map<string, number>();
  const counted = <T extends object>(store: T, name: string): T =>
    new Proxy(store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string') return value;
        // The payment store groups its repositories (`payments.attempts.get`): count inside.
        if (typeof value === 'object' && value !== null) return counted(value, `${name}.${key}`);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const label = `${name}.${key}`;
          if (process.env.TRACE_ARGS)
            console.log(`    ${label}(${JSON.stringify(args).slice(0, 160)})`);
          calls.set(label, (calls.get(label) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const wrapped: StoreBackend = {
    ...backend,
    versioned: (collection) => counted(backend.versioned(collection), collection),
    counters: counted(backend.counters, 'counters'),
    blobs: counted(backend.blobs, 'blobs'),
    journal: counted(backend.journal, 'journal'),
    payments: counted(backend.payments, 'payments'),
    slots: counted(backend.slots, 'slots'),
  };
  return { backend: wrapped, calls };
}

/** Function call counts per source file of the packages, from V8's precise coverage. */
async function callsByFile(session: Session): Promise<Map<string, number>> {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const byFile = new Map<string, number>();
  for (const script of result) {
    if (!script.url.startsWith('file://')) continue;
    const path = fileURLToPath(script.url);
    if (!path.startsWith(ROOT) || path.includes('/node_modules/')) continue;
    let count = 0;
    for (const fn of script.functions) count += fn.ranges[0]?.count ?? 0;
    byFile.set(path.slice(ROOT.length), count);
  }
  return byFile;
}

const clock = createFakeClock(Date.UTC(2026, 10, 2, 9));
const counting = countingBackend(createMemoryStores({ clock }));
const kabinet = createKabinet({
  keys: generateDevelopmentKeys(),
  clock,
  backend: counting.backend,
  senders: createOutbox({ clock }),
  registry: createMemoryIdentityRegistry(),
  payments: simulatedPayments({ clock }),
  scanFile: async () => 'clean',
});
const { handler } = createKabinetHttp(kabinet);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

/**
 * Reports what one request crossed. `warm` sends the same kind of request first (another
 * account, draft or payment), so module work done on a first call is not counted.
 */
async function trace(
  title: string,
  warm: () => Promise<Response>,
  send: () => Promise<Response>,
): Promise<void> {
  await warm();
  await callsByFile(session); // taking the coverage resets V8's counters
  counting.calls.clear();
  const response = await send();
  const after = await callsByFile(session);
  // The store adapter (memory, and ports' argument checks) and this harness are not the flow.
  const files = [...after]
    .filter(
      ([f, n]) => n > 0 && !/^(memory|ports)\/|^http\/scripts\/|^core\/src\/testing\//.test(f),
    )
    .map(([f]) => f);
  const packages = new Set(files.map((f) => f.split('/')[0]));
  const storeCalls = [...counting.calls.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${title}: HTTP ${response.status}; ${files.length} source files in ${packages.size} packages (${[...packages].sort().join(', ')}); ${storeCalls} store calls`,
  );
  console.log(`  store calls: ${[...counting.calls].map(([k, n]) => `${k}×${n}`).join(', ')}`);
  if (showFiles) for (const f of files.sort()) console.log(`    ${f}`);
}

const request = (
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  ip = '10.0.0.7',
) =>
  handler(
    new Request(`http://kabinet.test${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { ip },
  );
const json = async (r: Promise<Response>) => (await (await r).json()) as Record<string, any>;

let serial = 0;
/** Registers an active account through the SDK; returns its login and password. */
async function newAccount(): Promise<{ phone: string; password: string }> {
  serial++;
  const who = {
    phone: `+99890${String(1_000_000 + serial).slice(-7)}`,
    email: `trace${serial}@example.uz`,
    password: 'Samarqand-2026!',
    passport: `AC${String(1_000_000 + serial).slice(-7)}`,
    migrationCard: {
      number: `4013 ${String(3_000_000 + serial).slice(-7)}`,
      entryDate: '15.10.2026',
      stayUntil: '31.12.2026',
    },
  };
  await registerAccount(kabinet, who);
  return who;
}
const passwordStep = (who: { phone: string; password: string }, ip: string) =>
  request('POST', '/v1/auth/login', { login: who.phone, password: who.password }, {}, ip);

// One login: the password step of an active account (a second factor follows, OTP-6).
const [first, second] = [await newAccount(), await newAccount()];
clock.advance(120_000);
await trace(
  'login (POST /v1/auth/login)',
  () => passwordStep(first, '10.0.1.1'),
  () => passwordStep(second, '10.0.1.2'),
);

// One registration step: the personal data of a new draft.
const personal = {
  surname: 'Каримов',
  givenNames: 'Азиз',
  latinSurname: 'KARIMOV',
  latinGivenNames: 'AZIZ',
  birthDate: '17.05.1990',
  citizenship: 'UZB',
};
async function personalDataStep(ip: string): Promise<() => Promise<Response>> {
  const started = await json(
    request('POST', '/v1/registration/drafts', { userType: 'foreign_citizen' }, {}, ip),
  );
  return () =>
    request(
      'PUT',
      `/v1/registration/drafts/${started.draftId}/personal-data`,
      { personal },
      { 'x-resume-token': String(started.resumeToken) },
      ip,
    );
}
await trace(
  'registration step (PUT personal data)',
  await personalDataStep('10.0.2.1'),
  await personalDataStep('10.0.2.2'),
);

// One payment callback: the provider settles a pending card payment.
const provider = kabinet.dev.provider!;
const methodCheck = kabinet.dev.methodCheck!;
async function settledCallback(ip: string): Promise<() => Promise<Response>> {
  const who = await newAccount();
  clock.advance(120_000);
  const pending = await json(passwordStep(who, ip));
  const done = await json(
    request(
      'POST',
      '/v1/auth/login/complete',
      {
        loginToken: pending.loginToken,
        method: 'sms',
        code: kabinet.dev.outbox!.lastCode(who.phone),
      },
      {},
      ip,
    ),
  );
  const bearer = { authorization: `Bearer ${String(done.tokens.accessToken)}` };
  const post = (path: string, body: unknown) => request('POST', path, body, bearer, ip);
  const charge = await json(post('/v1/charges', { dutyCode: 'work_patent' }));
  const created = await json(post('/v1/payments', { uin: charge.uin }));
  const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
  const method = await json(
    post('/v1/payment-methods', {
      kind: 'card',
      token: card.token,
      fingerprint: card.fingerprint,
      label: card.label,
      network: 'visa',
    }),
  );
  const paying = await json(
    post(`/v1/payments/${created.id}/pay`, { methodId: method.id, idempotencyKey: `trace-${ip}` }),
  );
  const challenge = methodCheck.started.at(-1)!;
  provider.queueOutcome('pending');
  await post(`/v1/payments/attempts/${paying.attempt.id}/confirm`, {
    answer: methodCheck.answerFor(challenge.challengeId),
  });
  const providerId = provider.calls
    .filter((c) => c.providerPaymentId !== undefined)
    .at(-1)!.providerPaymentId!;
  provider.takeCallbacks();
  provider.settle(providerId);
  const callback = provider.takeCallbacks().at(-1)!;
  const headers = Object.fromEntries(
    Object.entries(callback.headers).filter(([k, v]) => v !== undefined && k !== 'content-length'),
  ) as Record<string, string>;
  return () => request('POST', '/v1/payments/callbacks', callback.body, headers, ip);
}
await trace(
  'payment callback (POST /v1/payments/callbacks)',
  await settledCallback('10.0.3.1'),
  await settledCallback('10.0.3.2'),
);
session.disconnect();
