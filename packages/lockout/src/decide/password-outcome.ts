/**
 * Why a password attempt must wait: limits that depend on the client's own behaviour, never on
 * the account's lock state (S-8):
 * - `ip_capped`: the IP's daily failure cap is spent;
 * - `ip_delayed`: the IP is in its progressive delay (failures across accounts);
 * - `busy`: another attempt for the same account+IP is still running (single flight);
 * - `delayed`: the account+IP pair is in its progressive delay.
 */
export type RetryLaterReason = 'ip_capped' | 'ip_delayed' | 'busy' | 'delayed';

/**
 * How a password attempt ended: the one vocabulary from lockout's decision to the public answer.
 * Decided here (`decidePasswordAttempt` before the check, the service after it) and
 * translated once into the public issue by the caller (`@kabinet/account`: `auth.retry_later`
 * for `retry_later`, `auth.invalid_credentials` for `wrong_password` and `locked`, S-8).
 *
 * - `allowed`: the password was right (before the check: the check may run);
 * - `wrong_password`: the password was wrong (or the account unknown);
 * - `retry_later`: a limit of the client's own; tell it when to try again (HTTP 429);
 * - `locked`: the account is locked — answered exactly like `wrong_password`: the same public
 *   issue and the same `retryAfterMs` rule (the client's own delay, never the lock's end).
 *
 * @example
 * ```ts
 * const { outcome } = await lockout.attemptPassword({ account, ip }, check);
 * if (outcome.kind === 'retry_later') reply(429, outcome.retryAfterMs);
 * ```
 */
export type PasswordOutcome =
  | {
      /** The password was right (the login may go on). */
      readonly kind: 'allowed';
    }
  | {
      /** The password was wrong, or the login unknown. */
      readonly kind: 'wrong_password';
      /** When the same account+IP may try again, once its own progressive delay has started. */
      readonly retryAfterMs?: number;
    }
  | {
      /** A limit of the client's own: it must wait. */
      readonly kind: 'retry_later';
      /** Which limit (for logs and the journal; never sent to the client). */
      readonly reason: RetryLaterReason;
      /** Ms until the client may try again. */
      readonly retryAfterMs: number;
    }
  | {
      /** The account is locked (for a while, at its hard cap, or until support): answered like `wrong_password`. */
      readonly kind: 'locked';
      /** As for `wrong_password`: the client's own delay, never when the lock ends. */
      readonly retryAfterMs?: number;
    };

/**
 * What `decidePasswordAttempt` decides before the check runs: `allowed` (run the check),
 * `retry_later` or `locked`. The check itself turns `allowed` into `allowed` or `wrong_password`.
 *
 * @useDeclaredType
 */
export type PasswordDecision = Exclude<PasswordOutcome, { readonly kind: 'wrong_password' }>;

/**
 * The journal's stable code of a refused attempt: the `retry_later` reason, or the kind.
 *
 * @param outcome - a refused attempt's outcome
 * @returns `wrong_password`, `locked`, or the limit (`ip_capped`, `ip_delayed`, `busy`, `delayed`)
 * @example
 * ```ts
 * refusalReason({ kind: 'retry_later', reason: 'busy', retryAfterMs: 500 }); // 'busy'
 * refusalReason({ kind: 'locked' }); // 'locked'
 * ```
 */
export function refusalReason(
  outcome: Exclude<PasswordOutcome, { readonly kind: 'allowed' }>,
): 'wrong_password' | 'locked' | RetryLaterReason {
  return outcome.kind === 'retry_later' ? outcome.reason : outcome.kind;
}
