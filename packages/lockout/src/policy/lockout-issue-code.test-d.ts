// LockoutIssueCode comes from the catalogue's keys: checkLockoutPolicy's issues carry it, a switch
// over them narrows, and another code does not compile.
import { expectTypeOf } from 'vitest';
import { checkLockoutPolicy, type LockoutIssueCode } from './check-lockout-policy.js';
import { defaultLockoutPolicy } from './lockout-policy.js';

expectTypeOf<LockoutIssueCode>().toEqualTypeOf<'lockout.policy.invalid'>();
const checked = checkLockoutPolicy(defaultLockoutPolicy);
if (!checked.success)
  for (const found of checked.issues)
    switch (found.code) {
      case 'lockout.policy.invalid':
        break;
      default:
        expectTypeOf(found.code).toBeNever();
    }
// @ts-expect-error: not a lockout issue code
const other: LockoutIssueCode = 'lockout.locked';
void other;
