/**
 * Every code a thrown Kabinet error carries, closed: consumers switch on these, never on
 * `message`. The first eight are general; each of the others belongs to its subclass
 * (`ERR_UNAVAILABLE` to {@link UnavailableError}, …), whose `isInstance` checks it.
 *
 * @example
 * ```ts
 * KABINET_ERROR_CODES.includes('ERR_CONFIG'); // true
 * ```
 */
export const KABINET_ERROR_CODES = [
  'ERR_CONFIG',
  'ERR_CONFLICT',
  'ERR_NOT_FOUND',
  'ERR_INVALID_STATE',
  'ERR_INVALID_ARGUMENT',
  'ERR_STORE',
  'ERR_CRYPTO',
  'ERR_INTERNAL',
  'ERR_UNAVAILABLE',
  'ERR_JOURNAL_TAMPERED',
  'ERR_SEND',
  'ERR_PROVIDER_UNAVAILABLE',
  'ERR_PROVIDER_IDEMPOTENCY',
  'ERR_STORE_FULL',
  'ERR_TOO_LARGE',
  'ERR_LOCKED',
] as const;

/**
 * The stable code of a thrown Kabinet error: one of {@link KABINET_ERROR_CODES}, so a misspelt
 * code or one nobody throws fails to compile (`switch (e.code)` narrows).
 *
 * @useDeclaredType
 */
export type KabinetErrorCode = (typeof KABINET_ERROR_CODES)[number];
