/**
 * A claimed idempotency key: written once, before the side effect it guards, with the
 * fingerprint of the request and the id of the resource the request creates (Stripe's rule:
 * persist the key and the request hash first). Lives at least 24 hours.
 *
 * @example
 * ```ts
 * const record: IdempotencyRecord = { key: 'pay:acc_1:7f3c', fingerprint: 'sha256:…', resourceId: 'att_1', createdAt: 0, expiresAt: 86_400_000 };
 * ```
 */
export interface IdempotencyRecord {
  /** The scoped key (operation, account and the client's key). */
  readonly key: string;
  /** Fingerprint of the request parameters; a reuse with another fingerprint is rejected. */
  readonly fingerprint: string;
  /** Id of the resource (attempt, refund, payment) the request creates or resumes. */
  readonly resourceId: string;
  /** Epoch ms. */
  readonly createdAt: number;
  /** Epoch ms from which the key is free again (`now >= expiresAt`). */
  readonly expiresAt: number;
}

/**
 * The answer of `IdempotencyStore.claim`: `created` (the key is ours now), `replay` (the
 * same request was seen; resume `record.resourceId`), or `mismatch` (the key was used with
 * other parameters).
 *
 * @example
 * ```ts
 * const claim = await store.idempotency.claim(record);
 * if (claim.outcome === 'mismatch') return fail(issue('payment.idempotency_key_reused', ['idempotencyKey']));
 * ```
 */
export type IdempotencyClaim = {
  /** `created`, `replay` or `mismatch`. */
  readonly outcome: 'created' | 'replay' | 'mismatch';
  /** The record that owns the key now (the caller's when `created`). */
  readonly record: IdempotencyRecord;
};
