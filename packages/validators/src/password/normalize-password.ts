import type { NormalizedPassword } from './check-password.js';

/**
 * The form of a password to hash and to compare: Unicode NFKC, nothing else (no trimming, no
 * case folding, never truncated). {@link checkPassword} returns this form for a new password;
 * call this on the password typed at login so both sides hash the same bytes (S-1) — a
 * full-width `Ｐ` or a composed `é` typed on another device still matches.
 *
 * @param password - the password as typed
 * @returns the NFKC form
 * @example
 * ```ts
 * normalizePassword('Ｐａｓｓ'); // 'Pass'
 * normalizePassword(' a b ');   // ' a b ' (spaces are part of the password)
 * ```
 */
export function normalizePassword(password: string): NormalizedPassword {
  return password.normalize('NFKC') as NormalizedPassword;
}
