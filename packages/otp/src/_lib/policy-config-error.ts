import { KabinetError, type Issue } from '@kabinet/core';

/**
 * The `ERR_CONFIG` error for a policy its check refused: each bad field with the rule it broke,
 * in the message and in `details.fields`.
 *
 * @param name - the policy's name in the message (`OTP`, `TOTP`, `backup-code`)
 * @param issues - the check's issues, each with `{ field, rule }` params
 * @returns the error to throw
 * @example
 * ```ts
 * if (!checked.success) throw policyConfigError('OTP', checked.issues);
 * ```
 */
export function policyConfigError(name: string, issues: readonly Issue[]): KabinetError {
  const fields = issues.map((i) => `${String(i.params?.field)} ${String(i.params?.rule)}`);
  return new KabinetError('ERR_CONFIG', `invalid ${name} policy: ${fields.join(', ')}`, {
    details: { fields: fields.join(', ') },
  });
}
