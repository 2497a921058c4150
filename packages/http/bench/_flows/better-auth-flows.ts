// The better-auth side of the HTTP benchmark: registration (sign-up + TOTP enrolment), login
// (the password step of a TOTP-protected account) and a code check (a sent one-time code
// completing a login), driven by autocannon against the peer server.
import { generateSync } from 'otplib';
import { runFlow, type FlowRequest, type LoadResult } from '../_lib/load.js';

/** What the peer measured. */
export interface FlowResults {
  readonly registration: LoadResult;
  readonly login: LoadResult;
  readonly codeCheck: LoadResult;
}

interface User {
  readonly email: string;
  readonly secret: string;
}

const PASSWORD = 'Samarqand-2026!';
const cookieOf = (headers: Record<string, string | string[]> | Headers): string => {
  const list = headers instanceof Headers ? headers.getSetCookie() : ([] as string[]).concat((headers['set-cookie'] as string | string[] | undefined) ?? []);
  return list.map((c) => c.split(';')[0]).join('; ');
};

/** Runs the three flows against a running better-auth server. */
export async function measureBetterAuth(origin: string, options: { connections: number; seconds: number; codeChecks: number }): Promise<FlowResults> {
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
        onResponse: (_s, _b, c, h) => (c.cookie = cookieOf(h as Record<string, string>)),
      },
      {
        method: 'POST',
        path: `${base}/two-factor/enable`,
        headers: (c) => ({ cookie: String(c.cookie ?? '') }),
        body: () => ({ password: PASSWORD }),
        onResponse: (_s, body, c) => {
          try {
            c.secret = new URL(JSON.parse(body).totpURI).searchParams.get('secret');
          } catch {
            c.secret = undefined;
          }
        },
      },
      {
        method: 'POST',
        path: `${base}/two-factor/verify-totp`,
        headers: (c) => ({ cookie: String(c.cookie ?? '') }),
        body: (c) => ({ code: typeof c.secret === 'string' ? generateSync({ secret: c.secret }) : '000000' }),
        onResponse: (status, _b, c) => {
          if (status === 200 && typeof c.secret === 'string') users.push({ email: String(c.email), secret: c.secret });
        },
      },
  ];
  const registration = await runFlow(origin, steps, { connections: options.connections, durationSeconds: options.seconds, headers });
  // Not measured: more users when the timed phase made fewer than the later phases use.
  const needed = 32 + options.codeChecks;
  if (users.length < needed) {
    const perConnection = Math.ceil((needed - users.length) / options.connections);
    await runFlow(origin, steps, { connections: options.connections, durationSeconds: 600, amount: perConnection * options.connections * steps.length, headers });
  }
  if (users.length < needed) throw new Error(`better-auth registration produced ${users.length} of ${needed} users`);

  // Login: the password step of TOTP-protected accounts, round robin over as many accounts as
  // on the Kabinet side.
  const loginUsers = users.slice(0, Math.min(32, users.length));
  let l = 0;
  const login = await runFlow(
    origin,
    [{ method: 'POST', path: `${base}/sign-in/email`, body: () => ({ email: loginUsers[l++ % loginUsers.length]!.email, password: PASSWORD }) }],
    { connections: options.connections, durationSeconds: options.seconds, headers },
  );

  // Code check: pending logins prepared first (sign-in, send the OTP, read it), then each
  // completed once with its code.
  const pool: { cookie: string; code: string }[] = [];
  for (const user of users.slice(loginUsers.length, loginUsers.length + options.codeChecks)) {
    const signIn = await fetch(`${origin}${base}/sign-in/email`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: PASSWORD }) });
    const cookie = cookieOf(signIn.headers);
    await fetch(`${origin}${base}/two-factor/send-otp`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', cookie }, body: '{}' });
    const { otp } = (await (await fetch(`${origin}/dev/otp?email=${encodeURIComponent(user.email)}`)).json()) as { otp: string };
    pool.push({ cookie, code: otp });
  }
  let p = 0;
  const codeCheck = await runFlow(
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
    { connections: Math.min(options.connections, pool.length), durationSeconds: options.seconds, amount: pool.length, headers },
  );
  return { registration, login, codeCheck };
}
