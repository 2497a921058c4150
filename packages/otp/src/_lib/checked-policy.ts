import { KabinetError, type Issue, type Result } from '@kabinet/core';

/**
 * `policy` when `check` passes it, else the `ERR_CONFIG` error naming each bad field with the
 * rule it broke, in the message and in `details.fields` (the one way every `define*Policy` of
 * this package builds or throws).
 *
 * @param name - the policy's name in the message (`OTP`, `TOTP`, `backup-code`)
 * @param policy - the policy built from the overrides on the base
 * @param check - its check, whose issues carry `{ field, rule }` params
 * @returns the checked policy
 */
export function checkedPolicy<P>(
  name: string,
  policy: P,
  check: (policy: P) => Result<P, string>,
): P {
  const checked = check(policy);
  if (checked.success) return policy;
  const issues: readonly Issue[] = checked.issues;
  const fields = issues.map((i) => `${String(i.params?.field)} ${String(i.params?.rule)}`);
  throw new KabinetError('ERR_CONFIG', `invalid ${name} policy: ${fields.join(', ')}`, {
    details: { fields: fields.join(', ') },
  });
}
