/**
 * Whether a status change is allowed by a table of `[from, to]` edges; staying in the same
 * status is always allowed (an update of other fields).
 *
 * @param edges - `PAYMENT_STATUS_EDGES` or `ATTEMPT_STATUS_EDGES`
 * @param from - the stored status
 * @param to - the status about to be written
 * @returns `true` when `from === to` or the edge is in the table
 * @example
 * ```ts
 * allowsStatusChange(PAYMENT_STATUS_EDGES, 'processing', 'paid'); // true
 * allowsStatusChange(PAYMENT_STATUS_EDGES, 'paid', 'processing'); // false
 * ```
 */
export function allowsStatusChange<S extends string>(
  edges: readonly (readonly [S, S])[],
  from: S,
  to: S,
): boolean {
  return from === to || edges.some(([a, b]) => a === from && b === to);
}
