import type { PaymentAttemptRecord, PaymentRecord, PaymentStatus } from '@kabinet/ports';

const FINAL_MATCH = new Set([1, 4, 5, 6]);

/**
 * Whether a GIS GMP acknowledgment reconciles a paid payment (1, 4, 5, 6: matched). A later,
 * weaker acknowledgment never undoes it (`recordQuittance` keeps the match).
 *
 * @example
 * ```ts
 * reconciles(1); // true
 * reconciles(2); // false (preliminary)
 * ```
 */
export function reconciles(acknowledgment: number): boolean {
  return FINAL_MATCH.has(acknowledgment);
}

/**
 * The status a payment should have, computed from its attempts and its own facts
 * (cancellation, GIS GMP quittance, refunds) rather than from the order events arrived in:
 *
 * - an attempt succeeded → `refunded` when succeeded refunds cover the captured amount, else
 *   `reconciled` when GIS GMP matched it (quittance 1, 4, 5, 6), else `paid`
 *   (quittance 2 and 3 stay `paid`: awaiting confirmation);
 * - else cancelled → `canceled`;
 * - else the latest attempt decides: none → `draft`; held for review (another amount or
 *   currency reported) → `requires_review`; `created`/`requires_action` →
 *   `requires_action`; `processing`; `authorized`; `failed`/`canceled` → `failed` (a new
 *   attempt is allowed).
 *
 * The service moves the stored status to this target along the transition table.
 *
 * @param payment - the payment's facts
 * @param attempts - its attempts
 * @returns the target status
 * @example
 * ```ts
 * derivePaymentStatus(payment, [{ ...attempt, status: 'succeeded' }]); // 'paid'
 * derivePaymentStatus(payment, []);                                    // 'draft'
 * ```
 */
export function derivePaymentStatus(
  payment: Pick<PaymentRecord, 'cancellation' | 'reconciliation' | 'refunds' | 'capturedKopecks'>,
  attempts: readonly (Pick<PaymentAttemptRecord, 'status' | 'sequence'> & {
    readonly review?: PaymentAttemptRecord['review'];
  })[],
): PaymentStatus {
  if (attempts.some((a) => a.status === 'succeeded')) {
    const refunded = payment.refunds.reduce(
      (sum, r) => (r.status === 'succeeded' ? sum + r.amountKopecks : sum),
      0,
    );
    if (payment.capturedKopecks > 0 && refunded >= payment.capturedKopecks) return 'refunded';
    if (payment.reconciliation !== undefined && reconciles(payment.reconciliation.acknowledgment))
      return 'reconciled';
    return 'paid';
  }
  if (payment.cancellation !== undefined) return 'canceled';
  let latest: (typeof attempts)[number] | undefined;
  for (const a of attempts) if (latest === undefined || a.sequence > latest.sequence) latest = a;
  if (latest === undefined) return 'draft';
  // A report for another amount or currency: held for support until a failure or a cancellation.
  if (latest.review !== undefined && latest.status !== 'failed' && latest.status !== 'canceled')
    return 'requires_review';
  switch (latest.status) {
    case 'created':
    case 'requires_action':
      return 'requires_action';
    case 'processing':
      return 'processing';
    case 'authorized':
      return 'authorized';
    default:
      return 'failed';
  }
}
