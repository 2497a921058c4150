// Login through the HTTP stack, in process: createKabinet on some stores, @kabinet/http's
// handler called with Web Requests (no sockets, so the load generator costs next to nothing and
// the comparison is between the stores). Accounts are registered through the API (draft,
// personal data, passport with its scan, migration card, contacts, both codes, password, terms,
// account) and given an authenticator app, so the login measured is the password step of a
// TOTP-protected account — the phase http.bench.ts measures, with the same flows.
import type { Clock } from '@kabinet/core';
import { createKabinetHttp } from '@kabinet/http';
import type { StoreBackend } from '@kabinet/ports';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { simulatedPayments, inMemoryPorts } from 'kabinet/testing';
import { generateSync } from 'otplib';
import { PASSPORT_FORM_BOUNDARY, passportForm } from '../../../../bench/_lib/passport-form.js';

/**
 * scrypt at better-auth 1.7.25's parameters (N = 16384, r = 16, p = 1, 64-byte key), as in
 * packages/express/bench: the hash still dominates a login, at a cost a shared 2-core machine
 * can run for a while.
 */
export const BENCH_SCRYPT = {
  cost: 2 ** 14,
  blockSize: 16,
  parallelization: 1,
  keyLength: 64,
  saltLength: 16,
} as const;

const PASSWORD = 'Samarqand-2026!';
/** Hashes that may wait for an admission slot: more than the benchmark ever has in flight. */
const HASH_QUEUE = 64;

/** The real clock moved forward on demand (to pass the resend cooldown without waiting). */
export interface MovableClock extends Clock {
  advance(ms: number): void;
}

/** `Date.now()` plus an offset that only grows. */
export function movableClock(): MovableClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

interface Account {
  readonly phone: string;
  readonly email: string;
  readonly ip: string;
}

/** One timed round of logins. */
export interface LoginRound {
  /** Successful logins (200, second factor required) per second. */
  readonly perSecond: number;
  readonly ok: number;
  readonly refused: number;
  /** Answers by status. */
  readonly statuses: Readonly<Record<number, number>>;
  /** CPU of this process per request, µs. */
  readonly clientCpuUs: number;
  /** CPU of the database and Redis server processes per request, µs (`undefined`: not read). */
  readonly serverCpuUs: number | undefined;
}

/** One side of the login comparison. */
export interface LoginSide {
  /** Registers `count` accounts through the API and gives each an authenticator app (not timed). */
  prepare(count: number): Promise<void>;
  /**
   * Logins (the password step) with `inFlight` in flight, round robin over the accounts, for
   * `ms`: successful logins per second and the refusals.
   */
  login(inFlight: number, ms: number): Promise<LoginRound>;
  /** Stops the side's background work (the journal's sequencer on a backend) before its pool ends. */
  close(): Promise<void>;
}

/** What createKabinet gets on this side: a backend (the memory stores when none). */
export interface LoginSideStores {
  readonly backend?: StoreBackend;
}

/** A Kabinet behind @kabinet/http's handler on the given stores. */
export function loginSide(
  name: string,
  clock: MovableClock,
  storage: LoginSideStores,
  serverCpuNs: () => number | undefined = () => undefined,
): LoginSide {
  const kabinet = createKabinet({
    ...inMemoryPorts({ clock }),
    keys: generateDevelopmentKeys('bench'),
    scanFile: async () => 'clean',
    clock,
    // Hash admission at its default concurrency (one hash per CPU but one), with a queue deep
    // enough for the benchmark's load: every login is admitted, none answered 503.
    policy: { account: { scrypt: BENCH_SCRYPT }, hashAdmission: { queue: HASH_QUEUE } },
    // Not exercised here; named because a config must name its payments.
    payments: simulatedPayments({ clock }),
    ...(storage.backend === undefined ? {} : { backend: storage.backend }),
  });
  const { handler } = createKabinetHttp(kabinet, {
    cookies: false,
    docs: false,
    onError: (error) => console.error(`${name}: 500`, error),
  });
  const outbox = kabinet.dev.outbox!;
  const accounts: Account[] = [];
  let serial = 0;

  async function call(
    method: string,
    path: string,
    ip: string,
    options: { json?: unknown; raw?: Buffer; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    let body: string | Buffer | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await handler(
      new Request(`http://kabinet.bench${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      }),
      { ip },
    );
    const text = await response.text();
    let parsed: Record<string, unknown> = {};
    try {
      parsed = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  }
  const expect = (answer: Answer, status: number, what: string): Answer => {
    if (answer.status !== status)
      throw new Error(`${name}: ${what} answered ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const code = (to: string): string => {
    const value = outbox.lastCode(to);
    if (value === undefined) throw new Error(`${name}: no code sent to ${to}`);
    return value;
  };

  async function register(): Promise<Account> {
    serial++;
    const account = {
      phone: `+99890${String(1_000_000 + serial).slice(-7)}`,
      email: `bench${serial}@example.uz`,
      ip: `10.77.${serial >> 8}.${serial & 255}`,
    };
    const started = expect(
      await call('POST', '/v1/registration/drafts', account.ip, {
        json: { userType: 'foreign_citizen' },
      }),
      201,
      'draft',
    );
    const draft = `/v1/registration/drafts/${String(started.body.draftId)}`;
    const headers = { 'x-resume-token': String(started.body.resumeToken) };
    const step = async (
      method: string,
      path: string,
      options: { json?: unknown; raw?: Buffer; headers?: Record<string, string> } = {},
    ): Promise<Answer> => {
      const answer = await call(method, `${draft}${path}`, account.ip, {
        ...options,
        headers: { ...headers, ...(options.headers ?? {}) },
      });
      if (answer.status >= 300)
        throw new Error(
          `${name}: ${method} ${path} answered ${answer.status} ${JSON.stringify(answer.body)}`,
        );
      return answer;
    };
    await step('PUT', '/personal-data', {
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
    });
    await step('POST', '/documents', {
      raw: passportForm(`AA${String(1_000_000 + serial).slice(-7)}`),
      headers: { 'content-type': `multipart/form-data; boundary=${PASSPORT_FORM_BOUNDARY}` },
    });
    await step('POST', '/documents', {
      json: {
        document: {
          kind: 'migration_card',
          number: `4012 ${String(3_000_000 + serial).slice(-7)}`,
          entryDate: '15.10.2026',
          stayUntil: '31.12.2030',
        },
      },
    });
    await step('PUT', '/contacts', { json: { phone: account.phone, email: account.email } });
    for (const channel of ['phone', 'email'] as const) {
      await step('POST', '/codes', { json: { channel } });
      await step('POST', '/codes/confirm', { json: { channel, code: code(account[channel]) } });
    }
    await step('PUT', '/password', { json: { password: PASSWORD } });
    await step('PUT', '/terms', { json: { termsVersion: '2026-01' } });
    expect(await step('POST', '/account'), 201, 'account');
    return account;
  }

  /** First login with the SMS code, then an authenticator app: later logins send nothing. */
  async function enrolTotp(account: Account): Promise<void> {
    const first = expect(
      await call('POST', '/v1/auth/login', account.ip, {
        json: { login: account.phone, password: PASSWORD },
      }),
      200,
      'first login',
    );
    const done = expect(
      await call('POST', '/v1/auth/login/complete', account.ip, {
        json: {
          loginToken: String(first.body.loginToken),
          method: 'sms',
          code: code(account.phone),
        },
      }),
      200,
      'login with the SMS code',
    );
    const auth = {
      authorization: `Bearer ${String((done.body.tokens as Record<string, unknown>).accessToken)}`,
    };
    const begun = expect(
      await call('POST', '/v1/auth/totp', account.ip, { json: {}, headers: auth }),
      200,
      'TOTP enrolment',
    );
    const totp = generateSync({
      secret: String(begun.body.secret),
      epoch: Math.floor(clock.now() / 1000),
    });
    expect(
      await call('POST', '/v1/auth/totp/confirm', account.ip, {
        json: { code: totp },
        headers: auth,
      }),
      200,
      'TOTP confirmation',
    );
  }

  return {
    close: () => kabinet.close(),

    async prepare(count) {
      while (accounts.length < count) accounts.push(await register());
      // Registration sent codes to every phone a moment ago: step over the resend cooldown.
      clock.advance(2 * 60_000);
      for (const account of accounts) await enrolTotp(account);
    },

    async login(inFlight, ms) {
      let next = 0;
      let ok = 0;
      let refused = 0;
      const statuses: Record<number, number> = {};
      const server0 = serverCpuNs();
      const client0 = process.cpuUsage();
      const start = performance.now();
      const end = start + ms;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (performance.now() < end) {
            const account = accounts[next++ % accounts.length]!;
            const answer = await call('POST', '/v1/auth/login', account.ip, {
              json: { login: account.phone, password: PASSWORD },
            });
            statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
            if (answer.status === 200 && answer.body.status === 'second_factor_required') ok++;
            else refused++;
          }
        }),
      );
      const seconds = (performance.now() - start) / 1000;
      const client = process.cpuUsage(client0);
      const server1 = serverCpuNs();
      const requests = ok + refused;
      return {
        perSecond: ok / seconds,
        ok,
        refused,
        statuses,
        clientCpuUs: (client.user + client.system) / requests,
        serverCpuUs:
          server0 === undefined || server1 === undefined
            ? undefined
            : (server1 - server0) / 1000 / requests,
      };
    },
  };
}
