import { scrypt as nodeScrypt } from 'node:crypto';

/**
 * scrypt's cost parameters (RFC 7914), named the same wherever a hash is made: password
 * hashes in `@kabinet/account`, backup codes in `@kabinet/otp`. Memory used is about
 * 128 · `cost` · `blockSize` bytes.
 *
 * @example
 * ```ts
 * const cost: ScryptCost = { cost: 2 ** 17, blockSize: 8, parallelization: 1 };
 * ```
 */
export interface ScryptCost {
  /** N: CPU/memory cost, a power of two > 1. */
  readonly cost: number;
  /** r: block size. */
  readonly blockSize: number;
  /** p: parallelization. */
  readonly parallelization: number;
}

/**
 * scrypt (node:crypto, off the main thread): the one key-derivation function behind every
 * stored password and backup-code hash. The memory ceiling follows from the cost, so any cost a
 * stored hash names can be derived again.
 *
 * @param secret - the secret: a string is taken as its UTF-8 bytes
 * @param salt - the salt
 * @param keyLength - bytes to derive
 * @param cost - N, r and p
 * @returns the derived key
 * @throws when node:crypto refuses the parameters (the promise rejects)
 * @example
 * ```ts
 * const key = await scrypt('Correct-Horse-7', salt, 32, { cost: 2 ** 17, blockSize: 8, parallelization: 1 });
 * key.length; // 32
 * ```
 */
export function scrypt(
  secret: string | Uint8Array,
  salt: Uint8Array,
  keyLength: number,
  cost: ScryptCost,
): Promise<Buffer> {
  const input = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  const options = {
    N: cost.cost,
    r: cost.blockSize,
    p: cost.parallelization,
    maxmem: 256 * cost.cost * cost.blockSize + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    nodeScrypt(input, salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
