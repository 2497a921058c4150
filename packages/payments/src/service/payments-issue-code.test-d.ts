// PaymentsIssueCode comes from the catalogues' keys: the service's results carry it, a switch over
// an issue's code narrows, and a code without a message (or a payment's label) is not one.
import type { InputIssueCode, Result } from '@kabinet/core';
import { expectTypeOf } from 'vitest';
import type { PaymentsIssueCode } from '../messages/payment-messages.js';
import type { PaymentsService } from './payments-service.js';
import type { PayOutcome } from './payments-service-outcomes.js';

declare const payments: PaymentsService;
const paid = await payments.payWithMethod({
  accountId: 'acc_1',
  accountLevel: 'standard',
  paymentId: 'pay_1',
  methodId: 'pm_1',
  idempotencyKey: 'key-0001',
});
expectTypeOf(paid).toEqualTypeOf<Result<PayOutcome, PaymentsIssueCode>>();
if (!paid.success)
  for (const found of paid.issues)
    switch (found.code) {
      case 'payment.method_not_found':
        expectTypeOf(found.code).toEqualTypeOf<'payment.method_not_found'>();
        break;
      case 'input.not_a_string':
        break;
      default:
        expectTypeOf(found.code).toEqualTypeOf<
          Exclude<PaymentsIssueCode, 'payment.method_not_found' | 'input.not_a_string'>
        >();
    }
if (!paid.success) {
  // @ts-expect-error: checking for a code the service cannot return does not compile
  if (paid.issues[0]?.code === 'payment.method_unknown') throw new Error();
}

// Every method's failure is typed so, not only the one above.
type IssueCodeOf<R> = R extends Promise<Result<unknown, infer C>> ? C : never;
type MethodResults = {
  [K in keyof PaymentsService]: PaymentsService[K] extends (...args: never[]) => infer R
    ? IssueCodeOf<R>
    : never;
}[keyof PaymentsService];
expectTypeOf<MethodResults>().toEqualTypeOf<PaymentsIssueCode>();

// The union: the catalogue's issue codes and core's input codes, without a payment's labels.
expectTypeOf<'uin.checksum'>().toMatchTypeOf<PaymentsIssueCode>();
expectTypeOf<'qr.missing_field'>().toMatchTypeOf<PaymentsIssueCode>();
expectTypeOf<InputIssueCode>().toMatchTypeOf<PaymentsIssueCode>();
expectTypeOf<'payment.status.paid'>().not.toMatchTypeOf<PaymentsIssueCode>();
expectTypeOf<'payment.failure.expired'>().not.toMatchTypeOf<PaymentsIssueCode>();
expectTypeOf<string>().not.toMatchTypeOf<PaymentsIssueCode>();
// @ts-expect-error: a code without a ru/en message is not a payments issue code
const unknown: PaymentsIssueCode = 'payment.method_unknown';
void unknown;
