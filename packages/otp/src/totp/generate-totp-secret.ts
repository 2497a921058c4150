import { KabinetError, cryptoRandom, type Random } from '@kabinet/core';
import { ScureBase32Plugin } from 'otplib';

const base32 = new ScureBase32Plugin();

/** Options of {@link generateTotpSecret}. */
export interface TotpSecretOptions {
  /** Random bytes, at least 20 (S-6); default 20. */
  readonly bytes?: number;
  /** Default: the CSPRNG. A seeded source only in tests. */
  readonly random?: Random;
}

/**
 * A new TOTP secret from the CSPRNG: at least 20 random bytes (S-6), base32 without padding
 * (32 characters for 20 bytes), ready for `createTotpUri` and authenticator apps.
 * Store it encrypted (S-12); it is as sensitive as a password.
 *
 * @param options - byte count and randomness source
 * @returns the base32 secret
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for fewer than 20 or more than 64 bytes
 * @example
 * ```ts
 * const secret = generateTotpSecret(); // 'PERHBJ2KNH6XR3UITIMORHOXSK4AXRQM'
 * ```
 */
export function generateTotpSecret(options: TotpSecretOptions = {}): string {
  const bytes = options.bytes ?? 20;
  if (!Number.isInteger(bytes) || bytes < 20 || bytes > 64) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `a TOTP secret needs 20 to 64 random bytes (got ${bytes})`,
    );
  }
  return base32.encode((options.random ?? cryptoRandom).bytes(bytes), { padding: false });
}
