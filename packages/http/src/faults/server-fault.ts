/**
 * An error a route threw and how it was answered — a 5xx (a fault, or a dependency that cannot
 * answer), or a 404/409 a Kabinet error maps to: what gets logged, with the correlation id
 * the client also received (`X-Correlation-Id` and `error.correlationId`), and nothing personal.
 *
 * @example
 * ```ts
 * const fault: ServerFault = { correlationId: 'k3x…', status: 500, method: 'POST', route: 'login', error };
 * ```
 */
export interface ServerFault {
  /** The id the client got in `X-Correlation-Id` and `error.correlationId`. */
  readonly correlationId: string;
  /** The status answered (500, 503, …). */
  readonly status: number;
  /** The request method. */
  readonly method: string;
  /** The matched route's `operationId`; absent when no route matched (the raw path is never logged). */
  readonly route?: string;
  /** What was thrown. */
  readonly error: unknown;
}
