// SupportRequestIssueCode comes from the catalogues' keys: the requests' results carry it, a switch
// over an issue's code narrows, and a code without a message (or a status's label) is not one;
// actOnAccount adds the codes of the account operations it runs.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { ServicesDeps } from '../context/services-deps.js';
import { createSupportRequests, type SupportRequests } from './create-support-requests.js';
import type { SupportAccountOperations } from './support-account-operations.js';
import type { SupportRequestView } from './support-request-view.js';
import type { SupportRequestIssueCode } from './support-request-messages.js';

declare const requests: SupportRequests;
const replied = await requests.reply({ accountId: 'acc_1', requestId: 'srq_1', text: 'Спасибо' });
expectTypeOf(replied).toEqualTypeOf<Result<SupportRequestView, SupportRequestIssueCode>>();
if (!replied.success)
  for (const found of replied.issues)
    switch (found.code) {
      case 'support_request.closed':
        expectTypeOf(found.code).toEqualTypeOf<'support_request.closed'>();
        break;
      case 'file.infected':
      case 'input.too_long':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<
            SupportRequestIssueCode,
            'support_request.closed' | 'file.infected' | 'input.too_long'
          >
        >();
    }
if (!replied.success) {
  // @ts-expect-error: checking for a code the requests cannot return does not compile
  if (replied.issues[0]?.code === 'support_request.gone') throw new Error();
}

// Every method's failure is typed so, not only the one above.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodCodes<S> = {
  [K in keyof S]: S[K] extends (...args: never[]) => infer R ? IssueCodeOf<R> : never;
}[keyof S];
expectTypeOf<MethodCodes<SupportRequests>>().toEqualTypeOf<SupportRequestIssueCode>();

// actOnAccount adds the account operations' codes, as the port declares them, and only there.
type AccountCode = 'account.not_found' | 'account.not_usable';
declare const operations: SupportAccountOperations<AccountCode>;
declare const deps: ServicesDeps;
const withAccount = createSupportRequests(deps, { accountOperations: operations });
expectTypeOf(withAccount).toEqualTypeOf<SupportRequests<AccountCode>>();
const acted = await withAccount.actOnAccount(
  { operatorId: 'op_7' },
  { requestId: 'srq_1', action: 'unblock' },
);
expectTypeOf(acted).toEqualTypeOf<
  Result<SupportRequestView, SupportRequestIssueCode | AccountCode>
>();
if (!acted.success) {
  // @ts-expect-error: a code neither the requests nor the operations return does not compile
  if (acted.issues[0]?.code === 'account.gone') throw new Error();
}
expectTypeOf<
  MethodCodes<Omit<SupportRequests<AccountCode>, 'actOnAccount'>>
>().toEqualTypeOf<SupportRequestIssueCode>();
// Without the port (actOnAccount is then ERR_CONFIG), no account code is promised.
expectTypeOf(createSupportRequests(deps)).toEqualTypeOf<SupportRequests>();

expectTypeOf<InputIssueCode>().toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.number_format'>().toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.status.received'>().not.toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.system.taken'>().not.toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<SupportRequestIssueCode>();
// @ts-expect-error: a code without a ru/en message is not a support request issue code
const unknown: SupportRequestIssueCode = 'support_request.gone';
void unknown;
