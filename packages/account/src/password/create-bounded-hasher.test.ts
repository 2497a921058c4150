import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError } from '@kabinet/core';
import type { PasswordHasher } from '@kabinet/ports';
import { createBoundedHasher } from './create-bounded-hasher.js';
import { createScryptHasher } from './create-scrypt-hasher.js';

/** A hasher whose every call waits until the test lets it finish; counts what runs at once. */
function gatedHasher() {
  const gates: { open: () => void; fail: (e: unknown) => void; kind: string; secret: string }[] =
    [];
  const state = { running: 0, peak: 0, started: [] as string[] };
  const run = (kind: string, secret: string, value: unknown) =>
    new Promise<never>((resolve, reject) => {
      state.running++;
      state.peak = Math.max(state.peak, state.running);
      state.started.push(secret);
      gates.push({
        kind,
        secret,
        open: () => {
          state.running--;
          resolve(value as never);
        },
        fail: (e) => {
          state.running--;
          reject(e);
        },
      });
    });
  const hasher: PasswordHasher = {
    hash: (secret) => run('hash', secret, `h:${secret}`),
    verify: (hash, secret) => run('verify', secret, hash === `h:${secret}`),
    needsRehash: (hash) => hash.startsWith('old:'),
  };
  return { hasher, gates, state };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return KabinetError.isInstance(e) ? e.code : 'other';
  }
}

describe('createBoundedHasher', () => {
  it('runs at most `concurrency` at once, queues up to `queue` in arrival order, refuses the rest with ERR_UNAVAILABLE', async () => {
    const { hasher, gates, state } = gatedHasher();
    const bounded = createBoundedHasher(hasher, { concurrency: 2, queue: 3, retryAfterSeconds: 7 });
    const calls = Array.from({ length: 8 }, (_, i) =>
      i % 2 === 0 ? bounded.hash(`s${i}`) : bounded.verify(`h:s${i}`, `s${i}`),
    );
    const outcomes = calls.map((p) =>
      p.then(
        () => 'ok',
        (e: unknown) => e,
      ),
    );
    await flush();
    expect(state.running).toBe(2);
    expect(bounded.running).toBe(2);
    expect(bounded.waiting).toBe(3);
    for (const refused of (await Promise.all(outcomes.slice(5))) as KabinetError[]) {
      expect(KabinetError.isInstance(refused) && refused.code).toBe('ERR_UNAVAILABLE');
      expect(refused.details['retryAfterSeconds']).toBe(7);
    }
    // Finish one at a time: the next waiter starts, in arrival order, never more than two at once.
    while (gates.length > 0) {
      gates.shift()!.open();
      await flush();
    }
    expect(await Promise.all(outcomes.slice(0, 5))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(state.started).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(state.peak).toBe(2);
    expect(bounded.running).toBe(0);
    expect(bounded.waiting).toBe(0);
  });

  it('passes results through and frees the slot when the inner hasher fails', async () => {
    const { hasher, gates } = gatedHasher();
    const bounded = createBoundedHasher(hasher, { concurrency: 1, queue: 0 });
    const failing = bounded.hash('a');
    await flush();
    expect(await codeOf(bounded.hash('b'))).toBe('ERR_UNAVAILABLE');
    gates.shift()!.fail(new Error('boom'));
    await expect(failing).rejects.toThrow('boom');
    const next = bounded.verify('h:c', 'c');
    await flush();
    gates.shift()!.open();
    expect(await next).toBe(true);
    expect(bounded.running).toBe(0);
  });

  it('needsRehash is not admitted (no hash runs) and passes through', async () => {
    const { hasher } = gatedHasher();
    const bounded = createBoundedHasher(hasher, { concurrency: 1, queue: 0 });
    void bounded.hash('busy');
    await flush();
    expect(bounded.needsRehash('old:x')).toBe(true);
    expect(bounded.needsRehash('h:x')).toBe(false);
  });

  it('wraps a real scrypt hasher transparently', async () => {
    const bounded = createBoundedHasher(createScryptHasher({ cost: 2 ** 10 }), {
      concurrency: 1,
      queue: 4,
    });
    const hashes = await Promise.all(['a', 'b', 'c'].map((s) => bounded.hash(s)));
    expect(await Promise.all(hashes.map((h, i) => bounded.verify(h, ['a', 'b', 'c'][i]!)))).toEqual(
      [true, true, true],
    );
    expect(await bounded.verify(hashes[0]!, 'b')).toBe(false);
  });

  it('defaults: one per CPU but one (the event loop keeps a core), at most the thread pool minus one, at least 1; a queue of four per slot; Retry-After 2 s', () => {
    const { policy } = createBoundedHasher(gatedHasher().hasher);
    const pool = Number(process.env['UV_THREADPOOL_SIZE'] ?? 4);
    expect(policy.concurrency).toBe(Math.max(1, Math.min(availableParallelism() - 1, pool - 1)));
    expect(policy.queue).toBe(4 * policy.concurrency);
    expect(policy.retryAfterSeconds).toBe(2);
  });

  it('rejects unworkable limits and a missing hasher with ERR_CONFIG', () => {
    const { hasher } = gatedHasher();
    for (const bad of [
      { concurrency: 0 },
      { concurrency: 1.5 },
      { queue: -1 },
      { retryAfterSeconds: 0 },
      { retryAfterSeconds: Number.NaN },
    ]) {
      expect(() => createBoundedHasher(hasher, bad)).toThrowError(
        expect.objectContaining({ code: 'ERR_CONFIG' }) as Error,
      );
    }
    expect(() => createBoundedHasher(undefined as unknown as PasswordHasher)).toThrowError(
      expect.objectContaining({ code: 'ERR_CONFIG' }) as Error,
    );
  });

  test.prop(
    [
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 6 }),
      fc.array(
        fc.oneof(
          fc.constant('call' as const),
          fc.constant('finish' as const),
          fc.constant('fail' as const),
        ),
        { maxLength: 40 },
      ),
    ],
    { numRuns: 60 },
  )(
    'never more than `concurrency` run; a call is refused exactly when `concurrency` run and `queue` wait',
    async (concurrency, queue, script) => {
      const { hasher, gates, state } = gatedHasher();
      const bounded = createBoundedHasher(hasher, { concurrency, queue });
      let admitted = 0;
      let finished = 0;
      const pending: Promise<unknown>[] = [];
      for (const step of script) {
        if (step === 'call') {
          const full = admitted - finished >= concurrency + queue;
          const p = bounded.hash(`s${pending.length}`);
          const code = full ? await codeOf(p) : undefined;
          if (full) expect(code).toBe('ERR_UNAVAILABLE');
          else {
            admitted++;
            pending.push(p.catch(() => undefined));
          }
        } else if (gates.length > 0) {
          const gate = gates.shift()!;
          if (step === 'finish') gate.open();
          else gate.fail(new Error('inner'));
          finished++;
        }
        await flush();
        expect(state.running).toBeLessThanOrEqual(concurrency);
        expect(state.running).toBe(Math.min(concurrency, admitted - finished));
        expect(bounded.waiting).toBe(admitted - finished - state.running);
      }
      while (gates.length > 0) {
        gates.shift()!.open();
        await flush();
      }
      await Promise.all(pending);
      expect(bounded.running).toBe(0);
    },
  );
});
