import type { Issue } from './issue.js';

/** A successful result: the checked value and, optionally, warnings that did not stop it. */
export interface Success<T> {
  /** Always `true`: the input passed. */
  readonly success: true;
  /** The checked (and normalized) value. */
  readonly data: T;
  /** Doubts that did not reject the input (e.g. a passport number of an unusual shape). */
  readonly warnings?: readonly Issue[];
}

/** A failed result: at least one issue. */
export interface Failure<Code extends string = string> {
  /** Always `false`: the input was rejected. */
  readonly success: false;
  /** What is wrong with the input, one issue per problem. */
  readonly issues: readonly Issue<Code>[];
}

/**
 * The outcome of checking input: `{ success: true, data }` or `{ success: false, issues }`.
 * Invalid input is data, never an exception.
 *
 * @example
 * ```ts
 * const r: Result<number> = ok(42);
 * if (r.success) console.log(r.data);
 * ```
 */
export type Result<T, Code extends string = string> = Success<T> | Failure<Code>;

/**
 * Wraps a value as a {@link Success}.
 *
 * @param data - the checked value
 * @param warnings - doubts to report beside it; omitted when empty
 * @returns the success
 * @example
 * ```ts
 * ok('+79161234567'); // { success: true, data: '+79161234567' }
 * ```
 */
export function ok<T>(data: T, warnings?: readonly Issue[]): Success<T> {
  return warnings === undefined || warnings.length === 0
    ? { success: true, data }
    : { success: true, data, warnings };
}

/**
 * Wraps one or more issues as a {@link Failure}.
 *
 * @param issues - an issue or a non-empty list of issues
 * @returns the failure
 * @example
 * ```ts
 * fail({ code: 'input.required', path: ['phone'] });
 * ```
 */
export function fail<Code extends string>(
  issues: Issue<Code> | readonly Issue<Code>[],
): Failure<Code> {
  return {
    success: false,
    issues: Array.isArray(issues) ? (issues as readonly Issue<Code>[]) : [issues as Issue<Code>],
  };
}
