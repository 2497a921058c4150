/**
 * Password hashing: scrypt from `node:crypto` in a self-describing string, rehashed when
 * the parameters are raised (S-2), and admission control that bounds how many hashes run
 * and wait at once (`createBoundedHasher`).
 *
 * @example
 * ```ts
 * import { createScryptHasher } from '@kabinet/account/password';
 * const hasher = createScryptHasher({ cost: 2 ** 17 });
 * ```
 *
 * @module @kabinet/account/password
 */
export {
  createBoundedHasher,
  type BoundedPasswordHasher,
  type HashAdmissionPolicy,
} from './create-bounded-hasher.js';
export { createScryptHasher } from './create-scrypt-hasher.js';
export { defaultScryptParams, type ScryptParams } from './scrypt-params.js';
