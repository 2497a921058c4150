// S-8: registration, login and recovery never reveal whether an account, phone or e-mail
// exists — not by status, not by body, not by response time. Timing: 30 interleaved samples
// per group; the medians must agree within a tolerance far below one password hash, so a
// path that skips the hash (or adds one) for one group fails, while scheduler noise on a
// loaded 2-core machine does not.
import { describe, expect, it } from 'vitest';
import { maskPhone } from '@kabinet/core';
import { createScryptHasher } from '@kabinet/account';
import {
  client,
  createTestApp,
  draftWithData,
  freshContacts,
  nextIp,
  OPERATOR_TOKEN,
  registerActive,
  type Draft,
  type TestApp,
} from './_kit.js';

const SAMPLES = 30;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

/** Times `a` and `b` alternately (so load drifts hit both alike) and returns both medians. */
async function interleaved(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<{ a: number; b: number }> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    for (const [fn, out] of (i % 2 === 0
      ? [
          [a, ta],
          [b, tb],
        ]
      : [
          [b, tb],
          [a, ta],
        ]) as [() => Promise<unknown>, number[]][]) {
      const start = performance.now();
      await fn();
      out.push(performance.now() - start);
    }
  }
  return { a: median(ta), b: median(tb) };
}

/** The allowed gap between medians: a third of one password hash, at least 5 ms or 25% of the slower median. */
const tolerance = (m: { a: number; b: number }, hashMs: number) =>
  Math.max(5, hashMs / 3, 0.25 * Math.max(m.a, m.b));

/**
 * Measures both groups and asserts their medians agree. A load spike on a shared machine can
 * skew one run, so a miss is measured once more and the second run decides: a real leak (a
 * skipped or extra hash, a sleep) shows in both runs, noise does not.
 */
async function expectIndistinguishable(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  hashMs: number,
): Promise<void> {
  let m = await interleaved(a, b);
  if (Math.abs(m.a - m.b) > tolerance(m, hashMs)) m = await interleaved(a, b);
  if (process.env.KABINET_TIMING_LOG)
    console.log(`TIMING ${m.a.toFixed(2)} ${m.b.toFixed(2)} hash ${hashMs.toFixed(1)}`);
  expect(
    Math.abs(m.a - m.b),
    `medians ${m.a.toFixed(1)} ms vs ${m.b.toFixed(1)} ms, one hash ≈ ${hashMs.toFixed(1)} ms`,
  ).toBeLessThanOrEqual(tolerance(m, hashMs));
}

/** A hasher costly enough that skipping it would show (~10–40 ms here). */
const hasher = createScryptHasher({
  cost: 2 ** 13,
  blockSize: 8,
  parallelization: 1,
  keyLength: 32,
  saltLength: 16,
});
async function hashMs(): Promise<number> {
  const h = await hasher.hash('Samarqand-2026!');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await hasher.verify(h, 'wrong');
    times.push(performance.now() - start);
  }
  return median(times);
}

function app(): TestApp {
  return createTestApp({ config: { hasher } });
}

describe('S-8: no account enumeration', () => {
  it('S-8: login — a known account with a wrong password and an unknown login: same status, body and time', async () => {
    const t = app();
    const account = await registerActive(t);
    const known = () =>
      client(t, nextIp())
        .json('post', '/v1/auth/login', { login: account.phone, password: 'Wrong-Password-1' })
        .set('accept-language', 'en');
    const unknown = () =>
      client(t, nextIp())
        .json('post', '/v1/auth/login', { login: '+998909998877', password: 'Wrong-Password-1' })
        .set('accept-language', 'en');
    const [k, u] = [await known(), await unknown()];
    expect(k.status).toBe(u.status);
    expect(k.body).toEqual(u.body);
    await expectIndistinguishable(known, unknown, await hashMs());
    // After all those failures the known account is locked: still the same answer (S-8, OTP-5).
    const [k2, u2] = [await known(), await unknown()];
    expect(k2.status).toBe(u2.status);
    expect(k2.body).toEqual(u2.body);
  });

  it('S-8: registration — a taken phone and e-mail get the same answers as fresh ones, and the owner is told instead', async () => {
    const t = app();
    const owner = await registerActive(t);
    const taken = await draftWithData(t, { phone: owner.phone, email: owner.email });
    const fresh = await draftWithData(t, freshContacts());
    const ask = (d: typeof taken) =>
      client(t, nextIp()).json(
        'post',
        `/v1/registration/drafts/${d.draftId}/codes`,
        { channel: 'phone' },
        { 'x-resume-token': d.token },
      );
    const [a, b] = [await ask(taken), await ask(fresh)];
    expect(a.status).toBe(202);
    expect(b.status).toBe(a.status);
    expect(Object.keys(a.body).sort()).toEqual(Object.keys(b.body).sort());
    expect(a.body.sentTo).toBe(maskPhone(owner.phone));
    expect(b.body.sentTo).toBe(maskPhone(fresh.phone));
    expect(t.kabinet.dev.outbox!.lastTo(owner.phone)?.purpose).toBe('notice');
    const guess = (d: typeof taken) =>
      client(t, nextIp()).json(
        'post',
        `/v1/registration/drafts/${d.draftId}/codes/confirm`,
        { channel: 'phone', code: '000000' },
        { 'x-resume-token': d.token },
      );
    const [ga, gb] = [await guess(taken), await guess(fresh)];
    expect(ga.status).toBe(gb.status);
    expect(ga.body).toEqual(gb.body);
  });

  it('S-8: registration — sending codes for taken and fresh contacts takes comparable time', async () => {
    // No password hash on this path: the cheap hasher keeps the set-up fast.
    const t = createTestApp();
    const owners = [];
    for (let i = 0; i < 3; i++) owners.push(await registerActive(t));
    const takenDrafts: Draft[] = [];
    const freshDrafts: Draft[] = [];
    for (let i = 0; i < 2 * SAMPLES; i++) {
      const o = owners[i % owners.length]!;
      takenDrafts.push(await draftWithData(t, { phone: o.phone, email: `${i}.${o.email}` }));
      freshDrafts.push(await draftWithData(t, freshContacts()));
    }
    let i = 0;
    let j = 0;
    // Each draft asks once, from its own IP; the clock moves past the resend cooldown for the shared owners' phones.
    const taken = async () => {
      const d = takenDrafts[i++]!;
      t.clock.advance(61_000);
      return client(t, nextIp()).json(
        'post',
        `/v1/registration/drafts/${d.draftId}/codes`,
        { channel: 'phone' },
        { 'x-resume-token': d.token },
      );
    };
    const fresh = async () => {
      const d = freshDrafts[j++]!;
      t.clock.advance(61_000);
      return client(t, nextIp()).json(
        'post',
        `/v1/registration/drafts/${d.draftId}/codes`,
        { channel: 'phone' },
        { 'x-resume-token': d.token },
      );
    };
    await expectIndistinguishable(taken, fresh, 0);
  });

  it('S-8: recovery — a token for an unknown account and a wrong token for a known one: same status, body and time', async () => {
    const t = app();
    const account = await registerActive(t);
    await client(t).json(
      'post',
      `/v1/support/accounts/${account.accountId}/restore-access`,
      undefined,
      { authorization: `Bearer ${OPERATOR_TOKEN}` },
    );
    const known = () =>
      client(t, nextIp()).json('post', '/v1/auth/recovery', {
        token: `${account.accountId}.WrongSecretWrongSecret00`,
        newPassword: 'Bukhara-2027!',
      });
    const unknown = () =>
      client(t, nextIp()).json('post', '/v1/auth/recovery', {
        token: 'acc_0000000000000000000000.WrongSecretWrongSecret00',
        newPassword: 'Bukhara-2027!',
      });
    const [k, u] = [await known(), await unknown()];
    expect(k.status).toBe(422);
    expect(k.status).toBe(u.status);
    expect(k.body).toEqual(u.body);
    await expectIndistinguishable(known, unknown, 0);
  });
});
