// The Kabinet side of the HTTP benchmark: a full registration (draft → personal data →
// passport with its scan → migration card → contacts → both codes → password → terms →
// account), login (the password step of a TOTP-protected account) and a code check (the SMS
// code completing a login), driven by autocannon against the Kabinet server.
import { crc32 } from 'node:zlib';
import { generateSync } from 'otplib';
import { runFlow, type FlowRequest, type LoadResult } from '../_lib/load.js';
import type { FlowResults } from './better-auth-flows.js';

const PASSWORD = 'Samarqand-2026!';
/** Accounts the login phase cycles through (the same number on both sides). */
export const LOGIN_ACCOUNTS = 32;
const J = { 'content-type': 'application/json' };

const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
function chunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}
/** A small well-formed PNG passport scan at 300 dpi. */
const SCAN = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ...chunk('IHDR', [...be32(1600), ...be32(1100), 8, 2, 0, 0, 0]),
  ...chunk('pHYs', [...be32(11811), ...be32(11811), 1]),
  ...chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]),
  ...chunk('IEND', []),
]);
const BOUNDARY = '----kabinetbench';
const PASSPORT_FORM = Buffer.concat([
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="document"\r\n\r\n`),
  Buffer.from(JSON.stringify({ kind: 'foreign_passport', number: 'AA1234567', country: 'UZB', issueDate: '10.01.2020', expiryDate: '09.01.2034' })),
  Buffer.from(`\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="passport.png"\r\nContent-Type: image/png\r\n\r\n`),
  SCAN,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

/** An account the registration flow created. */
interface Registered {
  readonly phone: string;
  readonly email: string;
  readonly ip: string;
}

let serial = 0;
const nextIdentity = () => {
  serial++;
  return {
    phone: `+99890${String(1_000_000 + serial).slice(-7)}`,
    email: `bench${serial}-${process.pid}@example.uz`,
    ip: `10.${(serial >> 16) & 255}.${(serial >> 8) & 255}.${serial & 255}`,
  };
};

const json = (body: string): Record<string, unknown> => {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** Runs the three flows against a running Kabinet server; `cooldown` waits out the resend limit (S-5) between phases. */
export async function measureKabinet(origin: string, options: { connections: number; seconds: number; codeChecks: number; cooldownMs: number }): Promise<FlowResults & { registered: number }> {
  const registered: Registered[] = [];
  const draft = (c: Record<string, unknown>) => `/api/v1/registration/drafts/${String(c.draftId)}`;
  const withDraft = (c: Record<string, unknown>) => ({ 'x-forwarded-for': String(c.ip), 'x-resume-token': String(c.token) });
  const steps: FlowRequest[] = [
      {
        method: 'POST',
        path: '/api/v1/registration/drafts',
        headers: (c) => {
          Object.assign(c, nextIdentity());
          return { 'x-forwarded-for': String(c.ip) };
        },
        body: () => ({ userType: 'foreign_citizen' }),
        onResponse: (_s, body, c) => {
          const b = json(body);
          c.draftId = b.draftId;
          c.token = b.resumeToken;
        },
      },
      {
        method: 'PUT',
        path: (c) => `${draft(c)}/personal-data`,
        headers: withDraft,
        body: () => ({ personal: { surname: 'Каримов', givenNames: 'Азиз', latinSurname: 'KARIMOV', latinGivenNames: 'AZIZ', birthDate: '17.05.1990', citizenship: 'UZB', sex: 'male' } }),
      },
      { method: 'POST', path: (c) => `${draft(c)}/documents`, headers: (c) => ({ ...withDraft(c), 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }), rawBody: () => PASSPORT_FORM },
      { method: 'POST', path: (c) => `${draft(c)}/documents`, headers: withDraft, body: () => ({ document: { kind: 'migration_card', number: '4012 3057841', entryDate: '15.10.2026', stayUntil: '31.12.2030' } }) },
      { method: 'PUT', path: (c) => `${draft(c)}/contacts`, headers: withDraft, body: (c) => ({ phone: c.phone, email: c.email }) },
      ...(['phone', 'email'] as const).flatMap((channel) => [
        { method: 'POST' as const, path: (c: Record<string, unknown>) => `${draft(c)}/codes`, headers: withDraft, body: () => ({ channel }) },
        {
          method: 'GET' as const,
          path: (c: Record<string, unknown>) => `/dev/code?to=${encodeURIComponent(String(c[channel]))}`,
          onResponse: (_s: number, body: string, c: Record<string, unknown>) => (c.code = body),
        },
        { method: 'POST' as const, path: (c: Record<string, unknown>) => `${draft(c)}/codes/confirm`, headers: withDraft, body: (c: Record<string, unknown>) => ({ channel, code: c.code }) },
      ]),
      { method: 'PUT', path: (c) => `${draft(c)}/password`, headers: withDraft, body: () => ({ password: PASSWORD }) },
      { method: 'PUT', path: (c) => `${draft(c)}/terms`, headers: withDraft, body: () => ({ termsVersion: '2026-01' }) },
      {
        method: 'POST',
        path: (c) => `${draft(c)}/account`,
        headers: withDraft,
        onResponse: (status, _b, c) => {
          if (status === 201) registered.push({ phone: String(c.phone), email: String(c.email), ip: String(c.ip) });
        },
      },
  ];
  const registration = await runFlow(origin, steps, { connections: options.connections, durationSeconds: options.seconds });
  // Not measured: more accounts when the timed phase made fewer than the later phases use.
  const needed = LOGIN_ACCOUNTS + options.codeChecks;
  if (registered.length < needed) {
    const perConnection = Math.ceil((needed - registered.length) / options.connections);
    await runFlow(origin, steps, { connections: options.connections, durationSeconds: 600, amount: perConnection * options.connections * steps.length });
  }
  if (registered.length < needed) throw new Error(`Kabinet registration produced ${registered.length} of ${needed} accounts`);
  // Every code of the registration went out less than a minute ago: wait out the resend cooldown (S-5).
  await new Promise((resolve) => setTimeout(resolve, options.cooldownMs));

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, { method: 'POST', headers: { ...J, ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const code = async (to: string) => (await fetch(`${origin}/dev/code?to=${encodeURIComponent(to)}`)).text();
  const smsLogin = async (account: Registered) => {
    const first = await post('/api/v1/auth/login', { login: account.phone, password: PASSWORD }, { 'x-forwarded-for': account.ip });
    return { loginToken: String(first.body.loginToken), code: await code(account.phone), sent: first.body.codeSentTo !== undefined };
  };

  // Login: accounts with an authenticator app (no code is sent at login), round robin over more
  // accounts than connections: Kabinet checks one password of an account at a time (S-9) and
  // answers a concurrent attempt on the same account with 429, which a real user never meets.
  const totpAccounts = registered.slice(0, LOGIN_ACCOUNTS);
  for (const account of totpAccounts) {
    const pending = await smsLogin(account);
    const done = await post('/api/v1/auth/login/complete', { loginToken: pending.loginToken, method: 'sms', code: pending.code }, { 'x-forwarded-for': account.ip });
    const auth = { authorization: `Bearer ${String((done.body.tokens as Record<string, unknown>).accessToken)}`, 'x-forwarded-for': account.ip };
    const begun = await post('/api/v1/auth/totp', {}, auth);
    const confirmed = await post('/api/v1/auth/totp/confirm', { code: generateSync({ secret: String(begun.body.secret) }) }, auth);
    if (confirmed.status !== 200) throw new Error(`TOTP enrolment failed: ${JSON.stringify(confirmed.body)}`);
  }
  let l = 0;
  const login = await runFlow(
    origin,
    [
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: (c) => {
          c.account = totpAccounts[l++ % totpAccounts.length];
          return { 'x-forwarded-for': (c.account as Registered).ip };
        },
        body: (c) => ({ login: (c.account as Registered).phone, password: PASSWORD }),
      },
    ],
    { connections: options.connections, durationSeconds: options.seconds },
  );

  // Code check: pending logins prepared first (each sends an SMS code), then each completed once.
  const pool: { loginToken: string; code: string; ip: string }[] = [];
  for (const account of registered.slice(totpAccounts.length, totpAccounts.length + options.codeChecks)) {
    const pending = await smsLogin(account);
    if (pending.sent) pool.push({ loginToken: pending.loginToken, code: pending.code, ip: account.ip });
  }
  let p = 0;
  const codeCheck = await runFlow(
    origin,
    [
      {
        method: 'POST',
        path: '/api/v1/auth/login/complete',
        headers: (c) => {
          c.entry = pool[p++ % pool.length];
          return { 'x-forwarded-for': (c.entry as { ip: string }).ip };
        },
        body: (c) => {
          const e = c.entry as { loginToken: string; code: string };
          return { loginToken: e.loginToken, method: 'sms', code: e.code };
        },
      },
    ],
    { connections: Math.min(options.connections, pool.length), durationSeconds: options.seconds, amount: pool.length },
  );
  return { registration, login, codeCheck, registered: registered.length };
}

export type { LoadResult };
