// The bare password-hash rate: node:crypto scrypt with given parameters, kept `concurrency`
// calls in flight for `durationMs` — the floor any password login can reach on this machine.
import { randomBytes, scrypt } from 'node:crypto';

/** scrypt parameters as node:crypto takes them. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly keyLength: number;
}

/** Hashes per second with `concurrency` hashes in flight. */
export async function scryptRate(
  cost: ScryptCost,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  const salt = randomBytes(16);
  const maxmem = 256 * cost.N * cost.r + 1024 * 1024;
  const one = () =>
    new Promise<void>((resolve, reject) =>
      scrypt(
        'Correct-Horse-7!',
        salt,
        cost.keyLength,
        { N: cost.N, r: cost.r, p: cost.p, maxmem },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
  // Warm up the thread pool.
  await Promise.all(Array.from({ length: concurrency }, one));
  let done = 0;
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await one();
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}
