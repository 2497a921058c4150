/** How an attempt ended, for the counters: counted as a failure, cleared as a success, or neither. */
export type Verdict = 'success' | 'failure' | 'neutral';

/**
 * The default judge of `attemptCode`: `true` and `{ outcome: 'ok' }` are successes,
 * `false` and `{ outcome: 'wrong' }` failures (so `@kabinet/otp`'s `verify` results and
 * TOTP / backup-code results work as they are), anything else (`expired`, `used`,
 * `not_found`, `wrong_session`, `locked`, `replayed`) is neutral: it tested no code and
 * counts nothing.
 *
 * @param value - what the attempt returned
 * @returns the verdict
 * @example
 * ```ts
 * judgeAttempt({ outcome: 'wrong', attemptsLeft: 2 }); // 'failure'
 * judgeAttempt({ outcome: 'expired' }); // 'neutral'
 * ```
 */
export function judgeAttempt(value: unknown): Verdict {
  if (value === true) return 'success';
  if (value === false) return 'failure';
  if (typeof value === 'object' && value !== null && 'outcome' in value) {
    const outcome = (value as { readonly outcome: unknown }).outcome;
    if (outcome === 'ok') return 'success';
    if (outcome === 'wrong') return 'failure';
  }
  return 'neutral';
}
