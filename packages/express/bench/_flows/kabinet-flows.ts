// The Kabinet side of the HTTP benchmark: a full registration (draft → personal data →
// passport with its scan → migration card → contacts → both codes → password → terms →
// account), login (the password step of a TOTP-protected account) and a code check (the SMS
// code completing a login), driven by autocannon against the Kabinet server.
import { generateSync } from 'otplib';
import { runFlow, type BenchSide, type FlowRequest } from '../_lib/load.js';
import { PASSPORT_FORM_BOUNDARY, passportForm } from '../../../../bench/_lib/passport-form.js';

const PASSWORD = 'Samarqand-2026!';
/** Accounts the login phase cycles through (the same number on both sides). */
export const LOGIN_ACCOUNTS = 32;
const J = { 'content-type': 'application/json' };

/** Seven digits of a registrant's phone, for document numbers of its own. */
const sevenOf = (c: Record<string, unknown>): string => String(c['phone']).slice(-7);

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

/** The Kabinet side against a running Kabinet server. */
export function kabinetSide(origin: string, connections: number): BenchSide {
  const registered: Registered[] = [];
  /** When the last registration activity sent codes (the resend cooldown runs from there, S-5). */
  let lastCodesAt = 0;
  const draft = (c: Record<string, unknown>) => `/api/v1/registration/drafts/${String(c.draftId)}`;
  const withDraft = (c: Record<string, unknown>) => ({
    'x-forwarded-for': String(c.ip),
    'x-resume-token': String(c.token),
  });
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
      body: () => ({
        personal: {
          surname: 'Каримов',
          givenNames: 'Азиз',
          latinSurname: 'KARIMOV',
          latinGivenNames: 'AZIZ',
          birthDate: '17.05.1990',
          citizenship: 'UZB',
          sex: 'male',
        },
      }),
    },
    {
      method: 'POST',
      path: (c) => `${draft(c)}/documents`,
      headers: (c) => ({
        ...withDraft(c),
        'content-type': `multipart/form-data; boundary=${PASSPORT_FORM_BOUNDARY}`,
      }),
      rawBody: (c) => passportForm(`AA${sevenOf(c)}`),
    },
    {
      method: 'POST',
      path: (c) => `${draft(c)}/documents`,
      headers: withDraft,
      body: (c) => ({
        document: {
          kind: 'migration_card',
          number: `4012 ${sevenOf(c)}`,
          entryDate: '15.10.2026',
          stayUntil: '31.12.2030',
        },
      }),
    },
    {
      method: 'PUT',
      path: (c) => `${draft(c)}/contacts`,
      headers: withDraft,
      body: (c) => ({ phone: c.phone, email: c.email }),
    },
    ...(['phone', 'email'] as const).flatMap((channel): FlowRequest[] => [
      {
        method: 'POST',
        path: (c) => `${draft(c)}/codes`,
        headers: withDraft,
        body: () => ({ channel }),
      },
      {
        method: 'GET',
        path: (c) => `/dev/code?to=${encodeURIComponent(String(c[channel]))}`,
        onResponse: (_s, body, c) => (c.code = body),
      },
      {
        method: 'POST',
        path: (c) => `${draft(c)}/codes/confirm`,
        headers: withDraft,
        body: (c) => ({ channel, code: c.code }),
      },
    ]),
    {
      method: 'PUT',
      path: (c) => `${draft(c)}/password`,
      headers: withDraft,
      body: () => ({ password: PASSWORD }),
    },
    {
      method: 'PUT',
      path: (c) => `${draft(c)}/terms`,
      headers: withDraft,
      body: () => ({ termsVersion: '2026-01' }),
    },
    {
      method: 'POST',
      path: (c) => `${draft(c)}/account`,
      headers: withDraft,
      onResponse: (status, _b, c) => {
        if (status === 201)
          registered.push({ phone: String(c.phone), email: String(c.email), ip: String(c.ip) });
      },
    },
  ];

  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { ...J, ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const code = async (to: string) =>
    (await fetch(`${origin}/dev/code?to=${encodeURIComponent(to)}`)).text();
  /** Every registration code went out less than a minute ago: wait out the resend cooldown (S-5). */
  const cooldown = () =>
    new Promise((resolve) => setTimeout(resolve, Math.max(0, lastCodesAt + 61_000 - Date.now())));
  const smsLogin = async (account: Registered) => {
    const first = await post(
      '/api/v1/auth/login',
      { login: account.phone, password: PASSWORD },
      { 'x-forwarded-for': account.ip },
    );
    return {
      loginToken: String(first.body.loginToken),
      code: await code(account.phone),
      sent: first.body.codeSentTo !== undefined,
    };
  };
  const registerFor = async <T>(run: () => Promise<T>): Promise<T> => {
    const result = await run();
    lastCodesAt = Date.now();
    return result;
  };
  let l = 0;
  const pool: { loginToken: string; code: string; ip: string }[] = [];

  return {
    register: (seconds) =>
      registerFor(() => runFlow(origin, steps, { connections, durationSeconds: seconds })),
    async ensureAccounts(count) {
      if (registered.length < count) {
        const perConnection = Math.ceil((count - registered.length) / connections);
        await registerFor(() =>
          runFlow(origin, steps, {
            connections,
            durationSeconds: 600,
            amount: perConnection * connections * steps.length,
          }),
        );
      }
      if (registered.length < count)
        throw new Error(`Kabinet registration produced ${registered.length} of ${count} accounts`);
    },
    // Login accounts get an authenticator app, so no code is sent at login: round robin over more
    // accounts than connections, since Kabinet checks one password of an account at a time (S-9)
    // and answers a concurrent attempt on the same account with 429, which a real user never meets.
    async prepareLogin() {
      await cooldown();
      for (const account of registered.slice(0, LOGIN_ACCOUNTS)) {
        const pending = await smsLogin(account);
        const done = await post(
          '/api/v1/auth/login/complete',
          { loginToken: pending.loginToken, method: 'sms', code: pending.code },
          { 'x-forwarded-for': account.ip },
        );
        const auth = {
          authorization: `Bearer ${String((done.body.tokens as Record<string, unknown>).accessToken)}`,
          'x-forwarded-for': account.ip,
        };
        const begun = await post('/api/v1/auth/totp', {}, auth);
        const confirmed = await post(
          '/api/v1/auth/totp/confirm',
          { code: generateSync({ secret: String(begun.body.secret) }) },
          auth,
        );
        if (confirmed.status !== 200)
          throw new Error(`TOTP enrolment failed: ${JSON.stringify(confirmed.body)}`);
      }
    },
    login: (seconds) => {
      const accounts = registered.slice(0, LOGIN_ACCOUNTS);
      return runFlow(
        origin,
        [
          {
            method: 'POST',
            path: '/api/v1/auth/login',
            headers: (c) => {
              c.account = accounts[l++ % accounts.length];
              return { 'x-forwarded-for': (c.account as Registered).ip };
            },
            body: (c) => ({ login: (c.account as Registered).phone, password: PASSWORD }),
          },
        ],
        { connections, durationSeconds: seconds },
      );
    },
    async prepareCodeChecks(count) {
      await cooldown();
      for (const account of registered.slice(LOGIN_ACCOUNTS, LOGIN_ACCOUNTS + count)) {
        const pending = await smsLogin(account);
        if (pending.sent)
          pool.push({ loginToken: pending.loginToken, code: pending.code, ip: account.ip });
      }
      return pool.length;
    },
    codeCheck: () => {
      let p = 0;
      return runFlow(
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
        {
          connections: Math.min(connections, pool.length),
          durationSeconds: 600,
          amount: pool.length,
        },
      );
    },
  };
}
