import { fail, issue, ok, type Result } from '@kabinet/core';
import {
  checkPassword as checkPasswordRules,
  normalizePassword,
  type PasswordContext,
} from '@kabinet/validators/password';
import { passwordPolicies } from '@kabinet/validators/password-presets';
import type { AccountContext } from '../context/account-context.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Checks a new password against the policy preset (S-1, OTP-4: the common-password blocklist, context words,
 * NFKC) and the recent hashes (no reuse), and hashes it. The strength hint comes back as
 * warnings (`password.length_recommended`).
 */
export async function hashNewPassword(
  ctx: AccountContext,
  password: unknown,
  context: PasswordContext,
  previousHashes: readonly string[],
): Promise<Result<string, AccountIssueCode>> {
  const checked = checkPasswordRules(
    password,
    passwordPolicies[ctx.policy.passwordPreset],
    context,
    { path: ['password'] },
  );
  if (!checked.success) return checked;
  const normalized = normalizePassword(checked.data.password);
  for (const hash of previousHashes) {
    if (await ctx.hasher.verify(hash, normalized))
      return fail(issue('password.reused', ['password'], { count: ctx.policy.passwordHistory }));
  }
  return ok(await ctx.hasher.hash(normalized), checked.warnings);
}
