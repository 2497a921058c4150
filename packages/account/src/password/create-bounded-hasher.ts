import { availableParallelism } from 'node:os';
import { KabinetError, UnavailableError } from '@kabinet/core';
import type { PasswordHasher } from '@kabinet/ports';

/**
 * Admission control of password hashing: how many hashes run at once, how many may wait,
 * and what a refused caller is told. A memory-hard hash costs its full memory while it runs
 * (scrypt N = 2^17, r = 8: 128 MiB), so `concurrency` bounds the memory hashing can take, and
 * `queue` bounds how long an admitted request waits.
 *
 * @example
 * ```ts
 * const policy: HashAdmissionPolicy = { concurrency: 2, queue: 8, retryAfterSeconds: 2 };
 * ```
 */
export interface HashAdmissionPolicy {
  /** Hashes (and verifications) running at once, at least 1. */
  readonly concurrency: number;
  /** Hashes waiting for a free slot, at least 0; one more is refused with `ERR_UNAVAILABLE`. */
  readonly queue: number;
  /** `details.retryAfterSeconds` of the refusal (HTTP `Retry-After`), 1..3600. */
  readonly retryAfterSeconds: number;
}

/** A {@link PasswordHasher} with admission control, and what it is doing right now. */
export interface BoundedPasswordHasher extends PasswordHasher {
  /** The limits in force. */
  readonly policy: HashAdmissionPolicy;
  /** Hashes running now. */
  readonly running: number;
  /** Hashes waiting for a slot now. */
  readonly waiting: number;
}

/**
 * The default number of hashes at once: one per CPU but one — that core stays with the event
 * loop, so cheap requests are not starved while hashes run (measured: docs/benchmarks/
 * hash-admission.md) — and no more than libuv's thread pool minus one (`UV_THREADPOOL_SIZE`, 4
 * unless set), so file, DNS and zlib work that shares the pool is never stuck behind hashes.
 * At least 1.
 */
function defaultConcurrency(): number {
  const pool = Number(process.env['UV_THREADPOOL_SIZE'] ?? 4);
  const threads = Number.isInteger(pool) && pool >= 1 ? Math.min(pool, 1024) : 4;
  return Math.max(1, Math.min(availableParallelism() - 1, threads - 1));
}

function checkPolicy(policy: HashAdmissionPolicy): void {
  const problems: string[] = [];
  if (!Number.isInteger(policy.concurrency) || policy.concurrency < 1 || policy.concurrency > 1024)
    problems.push('concurrency must be an integer in 1..1024');
  if (!Number.isInteger(policy.queue) || policy.queue < 0 || policy.queue > 100_000)
    problems.push('queue must be an integer in 0..100000');
  if (
    !Number.isFinite(policy.retryAfterSeconds) ||
    policy.retryAfterSeconds < 1 ||
    policy.retryAfterSeconds > 3_600
  )
    problems.push('retryAfterSeconds must be in 1..3600');
  if (problems.length > 0)
    throw new KabinetError('ERR_CONFIG', `hash admission: ${problems.join('; ')}`);
}

/**
 * Wraps a password hasher with admission control: at most `concurrency` hashes and
 * verifications run at once, at most `queue` more wait in order of arrival, and one more is
 * refused at once with `KabinetError` `ERR_UNAVAILABLE` (`details.retryAfterSeconds`), which
 * `@kabinet/http` answers with `503` and `Retry-After` — fail closed: no password is checked
 * and no attempt is counted. A burst of logins therefore cannot take more memory than
 * `concurrency` hashes, nor starve cheap requests of CPU. `createKabinet` wraps its hasher
 * with this by default; an unknown login still costs one verification through the same
 * admission (S-8), so a refusal reveals nothing about the login.
 *
 * Defaults: `concurrency` = the CPU count minus one (a core stays with the event loop), capped
 * at libuv's thread pool minus one (so with the default pool of 4: at most 3), at least 1;
 * `queue` = 4 × `concurrency`; `retryAfterSeconds` = 2.
 *
 * @param hasher - the hasher to guard (e.g. `createScryptHasher()`)
 * @param policy - limits; unset fields take the defaults above
 * @returns the guarded hasher, with `running` and `waiting` counts for monitoring
 * @throws `KabinetError` `ERR_CONFIG` for limits out of range (at creation); the returned
 *   `hash` and `verify` reject with `ERR_UNAVAILABLE` when the queue is full
 * @example
 * ```ts
 * const hasher = createBoundedHasher(createScryptHasher(), { concurrency: 2, queue: 8 });
 * try {
 *   await hasher.verify(stored, password);
 * } catch (e) {
 *   if (UnavailableError.isInstance(e)) retryLater(e.details['retryAfterSeconds']);
 * }
 * ```
 */
export function createBoundedHasher(
  hasher: PasswordHasher,
  policy: Partial<HashAdmissionPolicy> = {},
): BoundedPasswordHasher {
  if (
    typeof hasher !== 'object' ||
    hasher === null ||
    typeof hasher.hash !== 'function' ||
    typeof hasher.verify !== 'function' ||
    typeof hasher.needsRehash !== 'function'
  ) {
    throw new KabinetError('ERR_CONFIG', 'hash admission: a PasswordHasher is required');
  }
  const concurrency = policy.concurrency ?? defaultConcurrency();
  const limits: HashAdmissionPolicy = {
    concurrency,
    queue: policy.queue ?? 4 * concurrency,
    retryAfterSeconds: policy.retryAfterSeconds ?? 2,
  };
  checkPolicy(limits);

  let running = 0;
  // FIFO of the waiters' wake-ups; `head` avoids shifting the array on every release.
  const waiters: (() => void)[] = [];
  let head = 0;

  function release(): void {
    if (head < waiters.length) {
      const next = waiters[head]!;
      waiters[head++] = undefined as unknown as () => void;
      if (head > 1024 && head * 2 > waiters.length) {
        waiters.splice(0, head);
        head = 0;
      }
      // The slot passes straight to the next waiter: `running` stays the same.
      next();
    } else {
      running--;
    }
  }

  async function admitted<T>(work: () => Promise<T>): Promise<T> {
    if (running < limits.concurrency) {
      running++;
    } else if (waiters.length - head < limits.queue) {
      await new Promise<void>((resolve) => waiters.push(resolve));
    } else {
      throw new UnavailableError('password hashing is at capacity', {
        details: {
          retryAfterSeconds: limits.retryAfterSeconds,
          running,
          waiting: waiters.length - head,
        },
      });
    }
    try {
      return await work();
    } finally {
      release();
    }
  }

  return {
    policy: limits,
    get running() {
      return running;
    },
    get waiting() {
      return waiters.length - head;
    },
    hash: (secret) => admitted(() => hasher.hash(secret)),
    verify: (hash, secret) => admitted(() => hasher.verify(hash, secret)),
    needsRehash: (hash) => hasher.needsRehash(hash),
  };
}
