import { expectTypeOf } from 'vitest';
import type { JournalPayloadOf } from '@kabinet/audit';
import { accountParty, record, type PaymentUnit, type ServiceContext } from './payments-context.js';

declare const ctx: ServiceContext;
declare const unit: PaymentUnit;
const actor = accountParty('acc_1');

// Every payment action's payload is the catalogue's (`payment-journal-actions.ts`).
expectTypeOf<JournalPayloadOf<'payment.canceled'>['reason']>().toEqualTypeOf<string>();
void record(ctx, actor, 'payment.method_removed', 'acc_1', {
  methodId: 'pm_1',
  kind: 'card',
  label: '•••• 4242',
});
void unit.record(actor, 'payment.transition_rejected', 'acc_1', {
  paymentId: 'pay_1',
  from: 'paid',
  to: 'pending',
});

void record(ctx, actor, 'payment.refund_requested', 'acc_1', {
  paymentId: 'p',
  // @ts-expect-error an amount in kopecks is a number
  amountKopecks: '1',
}); // An optional field may be given as `undefined`: it is dropped before the entry is written.
void unit.record(actor, 'payment.status_changed', 'acc_1', {
  paymentId: 'pay_1',
  transactionNumber: 'T-1',
  from: 'pending',
  to: 'paid',
  event: 'succeeded',
  failureCode: undefined,
});
// @ts-expect-error a removed method's payload names the method
void record(ctx, actor, 'payment.method_removed', 'acc_1', { kind: 'card', label: '•••• 4242' });
// @ts-expect-error a unit's entry is checked the same
void unit.record(actor, 'payment.status_changed', 'acc_1', { paymentId: 'pay_1', from: 'a' });
// @ts-expect-error an action outside the payments catalogue
void record(ctx, actor, 'payment.not_catalogued', 'acc_1', {});
