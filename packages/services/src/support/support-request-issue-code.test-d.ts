// SupportRequestIssueCode comes from the catalogues' keys: the requests' results carry it, a switch
// over an issue's code narrows, and a code without a message (or a status's label) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { SupportRequests } from './create-support-requests.js';
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

// Every method's failure is typed so, but actOnAccount's: the account operation's codes pass there.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type Closed = Omit<SupportRequests, 'actOnAccount'>;
type MethodCodes = {
  [K in keyof Closed]: Closed[K] extends (...args: never[]) => infer R ? IssueCodeOf<R> : never;
}[keyof Closed];
expectTypeOf<MethodCodes>().toEqualTypeOf<SupportRequestIssueCode>();

expectTypeOf<InputIssueCode>().toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.number_format'>().toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.status.received'>().not.toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<'support_request.system.taken'>().not.toMatchTypeOf<SupportRequestIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<SupportRequestIssueCode>();
// @ts-expect-error: a code without a ru/en message is not a support request issue code
const unknown: SupportRequestIssueCode = 'support_request.gone';
void unknown;
