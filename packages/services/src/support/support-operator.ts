/**
 * The operator acting on a support request: an id from the integrator's staff sign-in
 * (journaled as the actor `support:<operatorId>`; letters, digits and `_.:-`, at most 128).
 *
 * @example
 * ```ts
 * const operator: SupportOperator = { operatorId: 'op_17' };
 * await kabinet.supportRequests.take(operator, { requestId });
 * ```
 */
export interface SupportOperator {
  /** The operator's opaque id. */
  readonly operatorId: string;
}

/**
 * What one tick of `escalateOverdue` did.
 *
 * @example
 * ```ts
 * const r = await supportRequests.escalateOverdue({ limit: 100 });
 * if (r.success && r.data.more) setImmediate(tickAgain); // a backlog is left
 * ```
 */
export interface SupportTick {
  /** Requests escalated by this tick. */
  readonly escalated: number;
  /** Resolved requests closed by this tick. */
  readonly closed: number;
  /** Whether more due requests were left for the next tick. */
  readonly more: boolean;
}
