// A small client of the portal's HTTP API for the end-to-end tests: every call is a real HTTP
// request to a server process, the way a browser or curl (README.md) makes it.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** An answer: status, parsed JSON body (or text), headers. */
export interface Reply {
  readonly status: number;
  // The tests read the API's documented JSON shapes.
  readonly body: any;
  readonly headers: Headers;
}

/** Options of one call. */
export interface CallOptions {
  readonly json?: unknown;
  readonly form?: FormData;
  readonly headers?: Record<string, string>;
  /** The client IP as the reverse proxy in front would report it (`X-Forwarded-For`). */
  readonly ip?: string;
  readonly token?: string;
}

/** One HTTP call to `origin + path`. */
export async function call(
  origin: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { 'accept-language': 'en', ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.ip !== undefined) headers['x-forwarded-for'] = options.ip;
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.form;
  const res = await fetch(`${origin}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Plain text (the outbox code) stays text.
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** Expects a status, showing the body when it differs. */
export function expectStatus(reply: Reply, status: number): Reply {
  expect({ status: reply.status, body: reply.body }).toMatchObject({ status });
  return reply;
}

/** The last code the server `origin` "sent" to `to` (its dev outbox: codes live in the sending process). */
export async function lastCode(origin: string, to: string): Promise<string> {
  const r = await call(origin, 'GET', `/dev/outbox/code?to=${encodeURIComponent(to)}`);
  expectStatus(r, 200);
  return String(r.body);
}

/** A random test person: an Uzbek mobile number, an e-mail, document numbers, an IP of their own. */
export interface Person {
  readonly phone: string;
  readonly email: string;
  readonly password: string;
  readonly passport: string;
  readonly card: string;
  readonly ip: string;
}

let ipCounter = 0;
/** A distinct client IP per call (10.x.y.z), so per-IP caps never interfere between scenarios. */
export function nextIp(): string {
  ipCounter++;
  return `10.${randomInt(0, 200)}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** A new random person. */
export function newPerson(): Person {
  const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
  return {
    phone: `+99890${digits(7)}`,
    email: `e2e-${digits(10)}@example.uz`,
    password: 'Samarqand-2026!',
    passport: `AA${digits(7)}`,
    card: `4012 ${digits(7)}`,
    ip: nextIp(),
  };
}

const SCAN = readFileSync(new URL('../../fixtures/passport-scan.png', import.meta.url));

/** When the person's codes were last sent, so a test can wait out the resend cooldown (S-5). */
export interface Registered {
  readonly accountId: string;
  readonly codesSentAt: number;
}

/**
 * The README's registration on `origin`: draft, contacts confirmed by the codes from the
 * outbox, personal data, passport with its scan, migration card, password, terms, account.
 */
export async function register(origin: string, person: Person): Promise<Registered> {
  const ip = person.ip;
  const started = expectStatus(
    await call(origin, 'POST', '/api/v1/registration/drafts', {
      json: { userType: 'foreign_citizen' },
      ip,
    }),
    201,
  );
  const d = `/api/v1/registration/drafts/${started.body.draftId}`;
  const h = { 'x-resume-token': started.body.resumeToken as string };
  expectStatus(
    await call(origin, 'PUT', `${d}/contacts`, {
      json: { phone: person.phone, email: person.email },
      headers: h,
      ip,
    }),
    200,
  );
  const codesSentAt = Date.now();
  for (const [channel, to] of [
    ['phone', person.phone],
    ['email', person.email],
  ] as const) {
    expectStatus(
      await call(origin, 'POST', `${d}/codes`, { json: { channel }, headers: h, ip }),
      202,
    );
    const code = await lastCode(origin, to);
    expectStatus(
      await call(origin, 'POST', `${d}/codes/confirm`, { json: { channel, code }, headers: h, ip }),
      200,
    );
  }
  expectStatus(
    await call(origin, 'PUT', `${d}/personal-data`, {
      json: {
        personal: {
          surname: 'Каримов',
          givenNames: 'Азиз',
          latinSurname: 'KARIMOV',
          latinGivenNames: 'AZIZ',
          birthDate: '17.05.1990',
          citizenship: 'UZB',
          sex: 'male',
        },
      },
      headers: h,
      ip,
    }),
    200,
  );
  const form = new FormData();
  form.append(
    'document',
    JSON.stringify({
      kind: 'foreign_passport',
      number: person.passport,
      country: 'UZB',
      issueDate: '10.01.2020',
      expiryDate: '09.01.2034',
    }),
  );
  form.append('file', new Blob([SCAN], { type: 'image/png' }), 'passport-scan.png');
  expectStatus(await call(origin, 'POST', `${d}/documents`, { form, headers: h, ip }), 201);
  expectStatus(
    await call(origin, 'POST', `${d}/documents`, {
      json: {
        document: {
          kind: 'migration_card',
          number: person.card,
          entryDate: '15.10.2026',
          stayUntil: '31.12.2030',
        },
      },
      headers: h,
      ip,
    }),
    201,
  );
  expectStatus(
    await call(origin, 'PUT', `${d}/password`, {
      json: { password: person.password },
      headers: h,
      ip,
    }),
    200,
  );
  const terms = expectStatus(await call(origin, 'GET', '/api/v1/registration/terms'), 200).body
    .termsVersion as string;
  expectStatus(
    await call(origin, 'PUT', `${d}/terms`, { json: { termsVersion: terms }, headers: h, ip }),
    200,
  );
  const created = expectStatus(await call(origin, 'POST', `${d}/account`, { headers: h, ip }), 201);
  expect(created.body).toMatchObject({ lifecycle: 'active' });
  return { accountId: created.body.accountId as string, codesSentAt };
}

/** Waits until `ms` have passed since `since`. */
export async function waitUntil(since: number, ms: number): Promise<void> {
  const left = since + ms - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
