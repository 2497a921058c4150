/**
 * A provider callback that was processed: `(provider, eventKey)` is unique while the entry
 * lives. The event key is the provider's event id (Stripe `evt_…`) or, for providers without
 * one (YooKassa), `<object id>:<status>`.
 *
 * @example
 * ```ts
 * const entry: ProcessedCallback = { provider: 'yookassa', eventKey: '2d3f…:succeeded', paymentId: 'pay_1', processedAt: 0, expiresAt: 259_200_000 };
 * ```
 */
export interface ProcessedCallback {
  /** Provider id. */
  readonly provider: string;
  /** The callback's dedup key. */
  readonly eventKey: string;
  /** The payment it was about, when known. */
  readonly paymentId?: string;
  /** Epoch ms. */
  readonly processedAt: number;
  /** Epoch ms from which the entry is forgotten (keep it longer than the provider retries). */
  readonly expiresAt: number;
}
