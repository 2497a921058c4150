import type { Issue } from '../result/issue.js';
import type { Result } from '../result/result.js';
import { KabinetError } from './kabinet-error.js';

/**
 * The one way a `define*Policy` builds a checked policy: `policy` when `check` passes it, else
 * the `ERR_CONFIG` error naming each bad field with the rule it broke, in the message and in
 * `details.fields`. `check` reports issues whose params carry `{ field, rule }`.
 *
 * @param name - the policy's name in the message (`lockout`, `OTP`, `account`)
 * @param policy - the policy built from the overrides on the base
 * @param check - its check
 * @returns the checked policy
 * @throws KabinetError `ERR_CONFIG` when `check` reports issues
 * @example
 * ```ts
 * const check = (p: { ttlMs: number }) =>
 *   p.ttlMs > 0 ? ok(p) : fail(issue('cache.policy.invalid', [], { field: 'ttlMs', rule: 'positive_ms' }));
 * checkedPolicy('cache', { ttlMs: 1_000 }, check); // { ttlMs: 1000 }
 * checkedPolicy('cache', { ttlMs: 0 }, check); // throws ERR_CONFIG "invalid cache policy: ttlMs positive_ms"
 * ```
 */
export function checkedPolicy<P, Code extends string>(
  name: string,
  policy: P,
  check: (policy: P) => Result<P, Code>,
): P {
  const checked = check(policy);
  if (checked.success) return policy;
  const issues: readonly Issue[] = checked.issues;
  const fields = issues.map((i) => `${String(i.params?.field)} ${String(i.params?.rule)}`);
  throw new KabinetError('ERR_CONFIG', `invalid ${name} policy: ${fields.join(', ')}`, {
    details: { fields: fields.join(', ') },
  });
}
