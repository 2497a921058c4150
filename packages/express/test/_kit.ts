// Builds the Kabinet HTTP API on the in-memory adapters behind Express for the end-to-end
// tests: a fake clock, cheap scrypt, an outbox to read codes from, a simulated registry and
// payment provider, an operator token, and helpers for the steps most tests repeat.
import { crc32 } from 'node:zlib';
import express, { type Express } from 'express';
import request from 'supertest';
import { generateSync } from 'otplib';
import { createSeededRandom } from '@kabinet/core';
import { createScryptHasher } from '@kabinet/account';
import {
  createMemoryIdentityRegistry,
  createMemoryStores,
  createOutbox,
  type MemoryBlobStore,
  type MemoryCounterStore,
  type MemoryJournalStore,
  type MemoryVersionedStore,
} from '@kabinet/memory';
import type { AccountRecord, DraftRecord, SessionRecord } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys, type Kabinet, type KabinetConfig } from 'kabinet';
import { simulatedAgency, simulatedPayments } from 'kabinet/testing';
import { createKabinetHttp, type KabinetHttp, type KabinetHttpOptions } from '@kabinet/http';
import { createKabinetRouter } from '../src/index.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

export const START = Date.UTC(2026, 2, 2, 9, 0, 0);
export const PASSWORD = 'Samarqand-2026!';
export const OPERATOR_TOKEN = 'op-token-0123456789abcdef0123456789';
/** The secret the simulated authority signs its callbacks with. */
export const AGENCY_SECRET = 'agency-e2e-secret-0123456789';
const keys = generateDevelopmentKeys('e2e');

/** Everything a test touches. */
export interface TestApp {
  readonly app: Express;
  readonly kabinet: Kabinet;
  readonly http: KabinetHttp;
  readonly clock: FakeClock;
  /** The simulated authority applications are handed over to (its callbacks are signed with {@link AGENCY_SECRET}). */
  readonly agency: ReturnType<typeof simulatedAgency>;
  /** The backend's stores a test reads directly (sizes, versions, raw entries). */
  readonly stores: {
    readonly accounts: MemoryVersionedStore<AccountRecord>;
    readonly drafts: MemoryVersionedStore<DraftRecord>;
    readonly sessions: MemoryVersionedStore<SessionRecord>;
    readonly blobs: MemoryBlobStore;
    readonly counters: MemoryCounterStore;
    readonly journal: MemoryJournalStore;
  };
  /** Every 5xx the router saw (should stay empty). */
  readonly faults: unknown[];
}

/** The API on memory adapters, mounted at `/api` with `trust proxy` for loopback. */
export function createTestApp(
  options: { config?: Partial<KabinetConfig>; http?: KabinetHttpOptions } = {},
): TestApp {
  const clock = createFakeClock(START);
  const backend = createMemoryStores({ clock });
  // createMemoryStores makes the memory adapters: their sizes and peeks are there to read.
  const stores = {
    accounts: backend.versioned('accounts') as MemoryVersionedStore<AccountRecord>,
    drafts: backend.versioned('drafts') as MemoryVersionedStore<DraftRecord>,
    sessions: backend.versioned('sessions') as MemoryVersionedStore<SessionRecord>,
    blobs: backend.blobs as MemoryBlobStore,
    counters: backend.counters as MemoryCounterStore,
    journal: backend.journal as MemoryJournalStore,
  };
  const agency = simulatedAgency({ clock, random: createSeededRandom(11), secret: AGENCY_SECRET });
  const kabinet = createKabinet({
    keys,
    clock,
    backend,
    senders: createOutbox({ clock }),
    registry: createMemoryIdentityRegistry(),
    hasher: createScryptHasher({ cost: 2 ** 10 }),
    policy: {
      account: {
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
      },
    },
    scanFile: async (bytes) =>
      Buffer.from(bytes).includes(Buffer.from('EICAR')) ? 'infected' : 'clean',
    serviceName: 'Госуслуги',
    payments: simulatedPayments({ clock }),
    applications: { agency },
    ...options.config,
  });
  const faults: unknown[] = [];
  const http = createKabinetHttp(kabinet, {
    cookies: { path: '/api', secure: false },
    operators: async (req) =>
      req.headers.get('authorization') === `Bearer ${OPERATOR_TOKEN}`
        ? { operatorId: 'op_7' }
        : undefined,
    onError: (error) => faults.push(error),
    ...options.http,
  });
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(
    '/api',
    createKabinetRouter({ handler: http.handler, onError: (error) => faults.push(error) }),
  );
  return { app, kabinet, http, clock, agency, stores, faults };
}

let counter = 0;
/** A fresh client IP (so per-IP limits of one test never touch another). */
export function nextIp(): string {
  counter++;
  return `198.51.${(counter >> 8) & 255}.${counter & 255}`;
}

/** A fresh phone and e-mail. */
export function freshContacts(): { phone: string; email: string } {
  counter++;
  return {
    phone: `+99890${String(1_000_000 + counter).slice(-7)}`,
    email: `user${counter}@example.uz`,
  };
}

const be32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 8) & 0xff,
  n & 0xff,
];
function chunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

/** A small, well-formed PNG "scan" at 300 dpi (FILE-2). */
export function scanPng(pixelsPerMetre = 11811): Buffer {
  return Buffer.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...be32(1600), ...be32(1100), 8, 2, 0, 0, 0]),
    ...chunk('pHYs', [...be32(pixelsPerMetre), ...be32(pixelsPerMetre), 1]),
    ...chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]),
    ...chunk('IEND', []),
  ]);
}

export const person = {
  personal: {
    surname: 'Каримов',
    givenNames: 'Азиз',
    latinSurname: 'KARIMOV',
    latinGivenNames: 'AZIZ',
    birthDate: '17.05.1990',
    citizenship: 'UZB',
    sex: 'male',
  },
  passport: {
    kind: 'foreign_passport',
    number: 'AA1234567',
    country: 'UZB',
    issueDate: '10.01.2020',
    expiryDate: '09.01.2030',
  },
  migrationCard: {
    kind: 'migration_card',
    number: '4012 3057841',
    entryDate: '15.02.2026',
    stayUntil: '14.05.2026',
  },
} as const;

/** A registration draft in progress. */
export interface Draft {
  readonly draftId: string;
  readonly token: string;
  readonly ip: string;
  readonly phone: string;
  readonly email: string;
}

/** A client for one app: JSON helpers with a client IP and language. */
export function client(t: TestApp, ip = nextIp()) {
  const agent = request(t.app);
  const json = (
    method: 'get' | 'post' | 'put' | 'delete',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    let req = agent[method](`/api${path}`).set('x-forwarded-for', ip);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return body === undefined
      ? req
      : req.set('content-type', 'application/json').send(JSON.stringify(body));
  };
  return { agent, ip, json };
}

/** Starts a draft and fills every step up to (not including) the contact codes. */
export async function draftWithData(t: TestApp, contacts = freshContacts()): Promise<Draft> {
  const c = client(t);
  const started = await c.json('post', '/v1/registration/drafts', { userType: 'foreign_citizen' });
  if (started.status !== 201) throw new Error(JSON.stringify(started.body));
  const draft = {
    draftId: started.body.draftId as string,
    token: started.body.resumeToken as string,
    ip: c.ip,
    ...contacts,
  };
  const h = { 'x-resume-token': draft.token };
  const id = draft.draftId;
  // One person, one account: every draft gets documents of its own.
  counter++;
  const seven = String(1_000_000 + counter).slice(-7);
  const steps: ['put' | 'post', string, unknown][] = [
    ['put', `/v1/registration/drafts/${id}/personal-data`, { personal: person.personal }],
    [
      'post',
      `/v1/registration/drafts/${id}/documents`,
      { document: { ...person.migrationCard, number: `4012 ${seven}` } },
    ],
    [
      'put',
      `/v1/registration/drafts/${id}/contacts`,
      { phone: contacts.phone, email: contacts.email },
    ],
    ['put', `/v1/registration/drafts/${id}/password`, { password: PASSWORD }],
    ['put', `/v1/registration/drafts/${id}/terms`, { termsVersion: t.kabinet.policy.termsVersion }],
  ];
  const passport = await c.agent
    .post(`/api/v1/registration/drafts/${draft.draftId}/documents`)
    .set('x-forwarded-for', c.ip)
    .set('x-resume-token', draft.token)
    .field('document', JSON.stringify({ ...person.passport, number: `AA${seven}` }))
    .attach('file', scanPng(), 'passport.png');
  if (passport.status !== 201) throw new Error(JSON.stringify(passport.body));
  for (const [method, path, body] of steps) {
    const r = await c.json(method, path, body, h);
    if (r.status >= 300) throw new Error(`${path}: ${JSON.stringify(r.body)}`);
  }
  return draft;
}

/** Confirms both contacts of a draft with the codes from the outbox. */
export async function confirmContacts(t: TestApp, draft: Draft): Promise<void> {
  const c = client(t, draft.ip);
  const h = { 'x-resume-token': draft.token };
  for (const channel of ['phone', 'email'] as const) {
    const sent = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes`,
      { channel },
      h,
    );
    if (sent.status !== 202) throw new Error(JSON.stringify(sent.body));
    const code = t.kabinet.dev.outbox!.lastCode(draft[channel])!;
    const confirmed = await c.json(
      'post',
      `/v1/registration/drafts/${draft.draftId}/codes/confirm`,
      { channel, code },
      h,
    );
    if (confirmed.status !== 200) throw new Error(JSON.stringify(confirmed.body));
  }
}

/** Registers and activates an account over HTTP; returns its id, contacts and the draft. */
export async function registerActive(t: TestApp): Promise<Draft & { accountId: string }> {
  const draft = await draftWithData(t);
  await confirmContacts(t, draft);
  const created = await client(t, draft.ip).json(
    'post',
    `/v1/registration/drafts/${draft.draftId}/account`,
    undefined,
    { 'x-resume-token': draft.token },
  );
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  // Past the resend cooldown of the registration codes, so a login code can go to the same phone.
  t.clock.advance(61_000);
  return { ...draft, accountId: created.body.accountId as string };
}

/** Logs in with the SMS second factor; returns the bearer tokens. */
export async function login(
  t: TestApp,
  account: { phone: string; ip?: string },
): Promise<{ accessToken: string; refreshToken: string; sessionId: string }> {
  const c = client(t, account.ip ?? nextIp());
  const first = await c.json('post', '/v1/auth/login', {
    login: account.phone,
    password: PASSWORD,
  });
  if (first.status !== 200 || first.body.status !== 'second_factor_required')
    throw new Error(JSON.stringify(first.body));
  let code = t.kabinet.dev.outbox!.lastCode(account.phone);
  if (first.body.codeSentTo === undefined) {
    await c.json('post', '/v1/auth/login/code', {
      loginToken: first.body.loginToken,
      method: 'sms',
    });
    code = t.kabinet.dev.outbox!.lastCode(account.phone);
  }
  const done = await c.json('post', '/v1/auth/login/complete', {
    loginToken: first.body.loginToken,
    method: 'sms',
    code,
  });
  if (done.status !== 200) throw new Error(JSON.stringify(done.body));
  // Past the resend cooldown, so the next login can send a code to the same phone.
  t.clock.advance(61_000);
  return done.body.tokens;
}

/** The TOTP code for a secret at the app's clock. */
export function totpCode(t: TestApp, secret: string, offsetMs = 0): string {
  return generateSync({ secret, epoch: Math.floor((t.clock.now() + offsetMs) / 1000) });
}

/** Sizes and journal head: what must not move when a request is rejected. */
export function snapshot(
  t: TestApp,
  ids: { drafts?: string[]; accounts?: string[]; sessions?: string[] } = {},
): unknown {
  const s = t.stores;
  return {
    accounts: s.accounts.size,
    drafts: s.drafts.size,
    sessions: s.sessions.size,
    blobs: s.blobs.size,
    journal: s.journal.size,
    outbox: t.kabinet.dev.outbox!.messages.length,
    versions: {
      drafts: (ids.drafts ?? []).map((id) => s.drafts.peek(id)?.version ?? null),
      accounts: (ids.accounts ?? []).map((id) => s.accounts.peek(id)?.version ?? null),
      sessions: (ids.sessions ?? []).map((id) => s.sessions.peek(id)?.version ?? null),
    },
  };
}

/**
 * Registers, logs in and raises the account to `confirmed` over HTTP: the documents check
 * (standard), then the SMS-code confirmation (confirmed), each followed by a refresh (S-10).
 */
export async function confirmedUser(t: TestApp): Promise<{
  account: Draft & { accountId: string };
  tokens: { accessToken: string; refreshToken: string; sessionId: string };
}> {
  const account = await registerActive(t);
  const first = await login(t, account);
  const c = client(t);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const check = await c.json(
    'post',
    '/v1/identity/checks/documents',
    undefined,
    bearer(first.accessToken),
  );
  if (check.body.state !== 'confirmed') throw new Error(JSON.stringify(check.body));
  const standard = (
    await c.json('post', '/v1/sessions/refresh', { refreshToken: first.refreshToken })
  ).body.tokens;
  const started = await c.json(
    'post',
    '/v1/identity/confirmations',
    { method: 'sms_code' },
    bearer(standard.accessToken),
  );
  if (started.status !== 202) throw new Error(JSON.stringify(started.body));
  const entered = await c.json(
    'post',
    `/v1/identity/checks/${started.body.checkId}/code`,
    { code: t.kabinet.dev.outbox!.lastCode(account.phone) },
    bearer(standard.accessToken),
  );
  if (entered.body.state !== 'confirmed') throw new Error(JSON.stringify(entered.body));
  const refreshed = await c.json('post', '/v1/sessions/refresh', {
    refreshToken: standard.refreshToken,
  });
  if (refreshed.status !== 200) throw new Error(JSON.stringify(refreshed.body));
  t.clock.advance(61_000);
  return { account, tokens: refreshed.body.tokens };
}
