// AccountIssueCode comes from the catalogues' keys: every account service's results carry it, a
// switch over an issue's code narrows, and a code without a message (or a notice's text) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import type { OtpIssueCode } from '@kabinet/otp';
import type { ValidatorIssueCode } from '@kabinet/validators';
import { expectTypeOf } from 'vitest';
import type { AuthService } from '../auth/create-auth-service.js';
import type { LoginResult } from '../auth/auth-results.js';
import type { AccountServices } from '../context/create-account-services.js';
import type { AccountIssueCode } from './account-issue-code.js';

declare const auth: AuthService;
const step = await auth.login({ login: '+998901234567', password: 'secret' });
expectTypeOf(step).toEqualTypeOf<Result<LoginResult, AccountIssueCode>>();
if (!step.success)
  for (const found of step.issues)
    switch (found.code) {
      case 'auth.retry_later':
        expectTypeOf(found.code).toEqualTypeOf<'auth.retry_later'>();
        break;
      case 'input.required':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<AccountIssueCode, 'auth.retry_later' | 'input.required'>
        >();
    }
if (!step.success) {
  // @ts-expect-error: checking for a code the service cannot return does not compile
  if (step.issues[0]?.code === 'auth.password_wrong') throw new Error();
}

// Every method of every account service carries the union, not only the one above.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodCodes<S> = {
  [K in keyof S]: S[K] extends (...args: never[]) => infer R ? IssueCodeOf<R> : never;
}[keyof S];
type Services = Omit<AccountServices, 'policy' | 'context'>;
type ServiceCodes = { [K in keyof Services]: MethodCodes<Services[K]> };
expectTypeOf<ServiceCodes>().toEqualTypeOf<{ [K in keyof Services]: AccountIssueCode }>();

expectTypeOf<InputIssueCode>().toMatchTypeOf<AccountIssueCode>();
expectTypeOf<ValidatorIssueCode>().toMatchTypeOf<AccountIssueCode>();
expectTypeOf<OtpIssueCode>().toMatchTypeOf<AccountIssueCode>();
expectTypeOf<'registration.draft_not_found'>().toMatchTypeOf<AccountIssueCode>();
expectTypeOf<'notice.login_alert'>().not.toMatchTypeOf<AccountIssueCode>();
expectTypeOf<'account.policy.invalid'>().not.toMatchTypeOf<AccountIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<AccountIssueCode>();
// @ts-expect-error: a code without a ru/en message is not an account issue code
const unknown: AccountIssueCode = 'auth.password_wrong';
void unknown;
