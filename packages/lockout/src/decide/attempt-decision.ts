/**
 * What the client may be told. The HTTP layer sends only this and `retryAfterMs`:
 * `invalid_credentials` is the same answer for a wrong password and a locked account (S-8),
 * `invalid_code` for a wrong one-time code, `retry_later` (HTTP 429 with `Retry-After`) only
 * for limits that depend on the client's own behaviour (its IP, its account+IP pair, the
 * identifier it is confirming), never on the account's lock state.
 */
export type PublicOutcome = 'ok' | 'invalid_credentials' | 'invalid_code' | 'retry_later';

/**
 * Why an attempt is refused:
 * - `ip_capped`: the IP's daily failure cap is spent;
 * - `ip_delayed`: the IP is in its progressive delay (failures across accounts);
 * - `busy`: another attempt for the same key is still running (single flight);
 * - `delayed`: the account+IP pair is in its progressive delay;
 * - `locked`: the account is locked — for a while, at its hard cap, or until support —
 *   answered exactly like a wrong password;
 * - `blocked`: a wrong code blocks the next try (OTP-3);
 * - `capped`: the identifier's daily wrong-code cap is spent.
 */
export type DenyReason =
  'ip_capped' | 'ip_delayed' | 'busy' | 'delayed' | 'locked' | 'blocked' | 'capped';

/** The attempt may run. */
export interface AttemptAllowed {
  /** Always `true`. */
  readonly allowed: true;
}

/** The attempt is refused, with the public answer and, where it leaks nothing, when to retry. */
export interface AttemptDenied {
  /** Always `false`. */
  readonly allowed: false;
  /** Why (for logs and the journal; never sent to the client). */
  readonly reason: DenyReason;
  /** What the client may be told. */
  readonly publicOutcome: 'invalid_credentials' | 'retry_later';
  /** Present for `retry_later`; absent for a lock (it would reveal the lock). */
  readonly retryAfterMs?: number;
}

/** The verdict of a pure decision function. */
export type AttemptDecision = AttemptAllowed | AttemptDenied;
