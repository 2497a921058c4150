// The better-auth side of the HTTP benchmark: registration (sign-up + TOTP enrolment), login
// (the password step of a TOTP-protected account) and a code check (a sent one-time code
// completing a login), driven by autocannon against the peer server.
import { generateSync } from 'otplib';
import { runFlow, type BenchSide, type FlowRequest } from '../_lib/load.js';

interface User {
  readonly email: string;
  readonly secret: string;
}

const PASSWORD = 'Samarqand-2026!';
/** Accounts the login phase cycles through (the same number on both sides). */
const LOGIN_ACCOUNTS = 32;
const cookieOf = (headers: Record<string, string | string[]> | Headers): string => {
  const list =
    headers instanceof Headers
      ? headers.getSetCookie()
      : ([] as string[]).concat(headers['set-cookie'] ?? []);
  return list.map((c) => c.split(';')[0]).join('; ');
};

/** The better-auth side against a running peer server. */
export function betterAuthSide(origin: string, connections: number): BenchSide {
  const base = '/api/auth';
  const headers = { origin };
  const users: User[] = [];
  let n = 0;
  const steps: FlowRequest[] = [
    {
      method: 'POST',
      path: `${base}/sign-up/email`,
      body: (c) => {
        c.email = `ba${++n}-${process.pid}@example.uz`;
        return { email: c.email, password: PASSWORD, name: 'Aziz Karimov' };
      },
      onResponse: (_s, _b, c, h) => (c.cookie = cookieOf(h)),
    },
    {
      method: 'POST',
      path: `${base}/two-factor/enable`,
      headers: (c) => ({ cookie: typeof c.cookie === 'string' ? c.cookie : '' }),
      body: () => ({ password: PASSWORD }),
      onResponse: (_s, body, c) => {
        try {
          c.secret = new URL((JSON.parse(body) as { totpURI: string }).totpURI).searchParams.get(
            'secret',
          );
        } catch {
          c.secret = undefined;
        }
      },
    },
    {
      method: 'POST',
      path: `${base}/two-factor/verify-totp`,
      headers: (c) => ({ cookie: typeof c.cookie === 'string' ? c.cookie : '' }),
      body: (c) => ({
        code: typeof c.secret === 'string' ? generateSync({ secret: c.secret }) : '000000',
      }),
      onResponse: (status, _b, c) => {
        if (status === 200 && typeof c.secret === 'string')
          users.push({ email: String(c.email), secret: c.secret });
      },
    },
  ];
  let l = 0;
  const pool: { cookie: string; code: string }[] = [];
  return {
    register: (seconds) =>
      runFlow(origin, steps, { connections, durationSeconds: seconds, headers }),
    async ensureAccounts(count) {
      if (users.length < count) {
        const perConnection = Math.ceil((count - users.length) / connections);
        await runFlow(origin, steps, {
          connections,
          durationSeconds: 600,
          amount: perConnection * connections * steps.length,
          headers,
        });
      }
      if (users.length < count)
        throw new Error(`better-auth registration produced ${users.length} of ${count} users`);
    },
    async prepareLogin() {
      // TOTP was enabled at registration: nothing to prepare.
    },
    login: (seconds) => {
      const loginUsers = users.slice(0, LOGIN_ACCOUNTS);
      return runFlow(
        origin,
        [
          {
            method: 'POST',
            path: `${base}/sign-in/email`,
            body: () => ({ email: loginUsers[l++ % loginUsers.length]!.email, password: PASSWORD }),
          },
        ],
        { connections, durationSeconds: seconds, headers },
      );
    },
    async prepareCodeChecks(count) {
      for (const user of users.slice(LOGIN_ACCOUNTS, LOGIN_ACCOUNTS + count)) {
        const signIn = await fetch(`${origin}${base}/sign-in/email`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ email: user.email, password: PASSWORD }),
        });
        const cookie = cookieOf(signIn.headers);
        await fetch(`${origin}${base}/two-factor/send-otp`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', cookie },
          body: '{}',
        });
        const { otp } = (await (
          await fetch(`${origin}/dev/otp?email=${encodeURIComponent(user.email)}`)
        ).json()) as { otp: string | null };
        if (otp !== null) pool.push({ cookie, code: otp });
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
            path: `${base}/two-factor/verify-otp`,
            headers: (c) => {
              c.entry = pool[p++ % pool.length];
              return { cookie: (c.entry as { cookie: string }).cookie };
            },
            body: (c) => ({ code: (c.entry as { code: string }).code }),
          },
        ],
        {
          connections: Math.min(connections, pool.length),
          durationSeconds: 600,
          amount: pool.length,
          headers,
        },
      );
    },
  };
}
