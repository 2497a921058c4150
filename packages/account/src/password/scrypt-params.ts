import type { ScryptCost } from '@kabinet/core';

/**
 * scrypt parameters of a password hash (RFC 7914): the cost of `@kabinet/core`'s `ScryptCost`
 * and the key and salt lengths. The defaults follow the OWASP password storage cheat
 * sheet: N = 2^17, r = 8, p = 1 (128 MiB per hash).
 *
 * @example
 * ```ts
 * const params: ScryptParams = { cost: 2 ** 17, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 };
 * ```
 */
export interface ScryptParams extends ScryptCost {
  /** Length of the derived key in bytes (at least 16). */
  readonly keyLength: number;
  /** Length of the random salt in bytes (at least 16). */
  readonly saltLength: number;
}

/**
 * The strong default scrypt parameters (N = 2^17, r = 8, p = 1, 32-byte key, 16-byte salt).
 *
 * @example
 * ```ts
 * createScryptHasher(defaultScryptParams);
 * ```
 */
export const defaultScryptParams: ScryptParams = {
  cost: 2 ** 17,
  blockSize: 8,
  parallelization: 1,
  keyLength: 32,
  saltLength: 16,
};
