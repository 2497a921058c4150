/** A value that can stand in an issue's `params` and be interpolated into its message. */
export type IssueParam = string | number | boolean;

/** Path from the root of the input to the field an issue is about, e.g. `['documents', 0, 'number']`. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem with an input: a stable dot-namespaced `code`, the `path` of the field it is
 * about, and the `params` its message needs. Messages are rendered by {@link renderIssue}.
 *
 * @example
 * ```ts
 * const problem: Issue = { code: 'snils.checksum', path: ['snils'], params: { expected: '52' } };
 * ```
 */
export interface Issue<Code extends string = string> {
  /** Stable, dot-namespaced code such as `snils.checksum`; consumers switch on it. */
  readonly code: Code;
  /** Field path from the root of the input; `[]` for the input as a whole. */
  readonly path: IssuePath;
  /** Values interpolated into the message (`{name}` placeholders). */
  readonly params?: Readonly<Record<string, IssueParam>>;
}

/**
 * Builds an {@link Issue}, omitting `params` when none are given.
 *
 * @param code - the issue code
 * @param path - the field path (default: the whole input)
 * @param params - values for the message
 * @returns the issue
 * @example
 * ```ts
 * issue('input.required', ['email']); // { code: 'input.required', path: ['email'] }
 * ```
 */
export function issue<Code extends string>(
  code: Code,
  path: IssuePath = [],
  params?: Readonly<Record<string, IssueParam>>,
): Issue<Code> {
  return params === undefined ? { code, path } : { code, path, params };
}

/**
 * Prefixes the path of every issue, so an issue found in a nested value names its place in
 * the outer input.
 *
 * @param prefix - the path of the nested value
 * @param issues - the nested value's issues
 * @returns the same issues with `prefix` prepended to their paths
 * @example
 * ```ts
 * prefixIssues(['passport'], [issue('passport.format', ['number'])]);
 * // [{ code: 'passport.format', path: ['passport', 'number'] }]
 * ```
 */
export function prefixIssues<I extends Issue>(prefix: IssuePath, issues: readonly I[]): I[] {
  return issues.map((item) => ({ ...item, path: [...prefix, ...item.path] }));
}
