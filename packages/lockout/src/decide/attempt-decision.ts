/**
 * Why a one-time-code attempt is refused (every refusal is a wait the client is told, with
 * `retryAfterMs`: the user is confirming their own phone or e-mail):
 * - `ip_capped`: the IP's daily failure cap is spent;
 * - `busy`: another attempt for the same identifier is still running (single flight);
 * - `blocked`: a wrong code blocks the next try (OTP-3);
 * - `capped`: the identifier's daily wrong-code cap is spent.
 */
export type DenyReason = 'ip_capped' | 'busy' | 'blocked' | 'capped';

/** The attempt may run. */
export interface AttemptAllowed {
  /** Always `true`. */
  readonly allowed: true;
}

/** The attempt is refused, with why and when to retry. */
export interface AttemptDenied {
  /** Always `false`. */
  readonly allowed: false;
  /** Why (for logs and the journal; never sent to the client). */
  readonly reason: DenyReason;
  /** Ms until the client may try again. */
  readonly retryAfterMs: number;
}

/** The verdict of `decideCodeAttempt` (password attempts decide a `PasswordDecision`). */
export type AttemptDecision = AttemptAllowed | AttemptDenied;
