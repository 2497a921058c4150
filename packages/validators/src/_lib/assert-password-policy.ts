// The check every password entry point runs on its policy argument: TypeScript requires a
// policy with a blocklist, but a JS caller (or a cast) may pass nothing, a preset name from the
// old API or rules without a blocklist, and must learn it at once instead of checking nothing.
import { KabinetError } from '@kabinet/core/errors';
import type { PasswordPolicy } from '../password/password-rules.js';

const MIN_ALLOWED_MAX = 64;

/** Throws `ERR_INVALID_ARGUMENT` unless `policy` is a {@link PasswordPolicy} with a blocklist allowing 64+ characters (S-1). */
export function assertPasswordPolicy(policy: unknown): asserts policy is PasswordPolicy {
  if (typeof policy !== 'object' || policy === null) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'a password policy is required: pass passwordPolicies.portal from @kabinet/validators/password-presets, or passwordRules with a blocklist',
    );
  }
  const { blocklist, maxLength } = policy as Partial<PasswordPolicy>;
  if (typeof blocklist !== 'object' || blocklist === null || typeof blocklist.has !== 'function') {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'a password policy needs a blocklist ({ has(word) }): commonPasswords from @kabinet/validators/password-presets, or your own Set (S-1)',
    );
  }
  if (!(typeof maxLength === 'number' && maxLength >= MIN_ALLOWED_MAX)) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `a password policy must allow at least ${MIN_ALLOWED_MAX} characters (S-1)`,
    );
  }
}
