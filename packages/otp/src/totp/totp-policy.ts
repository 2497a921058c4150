/**
 * The numbers behind authenticator-app codes (S-6). Check a custom policy with
 * `checkTotpPolicy`.
 *
 * @example
 * ```ts
 * const policy: TotpPolicy = { ...defaultTotpPolicy, secretBytes: 32 };
 * ```
 */
export interface TotpPolicy {
  /** Digits per code: 6 (every authenticator app) or 8. */
  readonly digits: 6 | 8;
  /** The time step in seconds; S-6 fixes it at 30. */
  readonly periodSeconds: number;
  /** Steps before the current one still accepted (clock drift, typing time): 0 or 1 (S-6: at most one). */
  readonly driftPastSteps: 0 | 1;
  /** Steps after the current one still accepted: 0 or 1. */
  readonly driftFutureSteps: 0 | 1;
  /** Random bytes per secret: at least 20 (S-6, RFC 4226 §4). */
  readonly secretBytes: number;
  /** The HMAC of RFC 6238; `sha1` is the one every app honours. */
  readonly algorithm: 'sha1' | 'sha256' | 'sha512';
  /**
   * S-15: how many times recording an accepted time step that lost to a concurrent write (a
   * version conflict) is run again from a fresh read before the conflict goes to the caller —
   * the same meaning as the account and payments policies' `conflictRetries`.
   */
  readonly conflictRetries: number;
}

/**
 * The default: 6 digits, 30 s, ±1 step (Keycloak's look-around window), 20-byte secrets,
 * SHA-1 (Google Authenticator and most apps ignore other algorithms).
 *
 * @example
 * ```ts
 * verifyTotpCode({ secret, code: '123456', now: clock.now(), policy: defaultTotpPolicy });
 * ```
 */
export const defaultTotpPolicy: TotpPolicy = {
  digits: 6,
  periodSeconds: 30,
  driftPastSteps: 1,
  driftFutureSteps: 1,
  secretBytes: 20,
  algorithm: 'sha1',
  conflictRetries: 7,
};

/**
 * The stricter preset: one step back only (RFC 6238 §5.2 "past only"; ASVS 6.5.5 keeps a
 * TOTP's life short) and 32-byte secrets.
 *
 * @example
 * ```ts
 * createTotpVerifier({ steps, clock, policy: strictTotpPolicy });
 * ```
 */
export const strictTotpPolicy: TotpPolicy = {
  digits: 6,
  periodSeconds: 30,
  driftPastSteps: 1,
  driftFutureSteps: 0,
  secretBytes: 32,
  algorithm: 'sha1',
  conflictRetries: 7,
};
