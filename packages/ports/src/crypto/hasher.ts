/**
 * Password (and backup-code) hashing. The default is scrypt from `node:crypto` in a
 * self-describing string (S-2); integrators may plug in argon2id.
 *
 * @example
 * ```ts
 * const hash = await hasher.hash('Correct-Horse-7');
 * if (await hasher.verify(hash, input) && hasher.needsRehash(hash)) await save(await hasher.hash(input));
 * ```
 */
export interface PasswordHasher {
  /** A self-describing hash string (algorithm, parameters, salt, digest). */
  hash(secret: string): Promise<string>;
  /** Whether `secret` matches `hash`, compared in constant time. False for a malformed hash. */
  verify(hash: string, secret: string): Promise<boolean>;
  /** Whether `hash` was made with weaker parameters than the current ones. */
  needsRehash(hash: string): boolean;
}
