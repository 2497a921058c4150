import { fc, test } from '@fast-check/vitest';
import { ATTEMPT_STATUS_EDGES, PAYMENT_STATUS_EDGES } from '@kabinet/ports';
import { describe, expect } from 'vitest';
import { makeKit, must, uinFor, type Kit } from '../../test/kit.js';
import { derivePaymentStatus } from '../machine/derive-payment-status.js';
import type { SimulatedOutcome } from '../testing/simulated-provider.js';
import type { ProviderCallbackInput } from '../providers/payment-provider.js';
import { defaultPaymentsPolicy } from './payments-policy.js';

type Op =
  | { readonly op: 'pay'; readonly payment: number; readonly method: number; readonly key: number }
  | { readonly op: 'payQr'; readonly payment: number; readonly key: number }
  | { readonly op: 'answer'; readonly right: boolean }
  | { readonly op: 'outcome'; readonly outcome: SimulatedOutcome }
  | { readonly op: 'deliver'; readonly pick: number }
  | { readonly op: 'complete'; readonly approve: boolean }
  | { readonly op: 'settle'; readonly fail: boolean }
  | { readonly op: 'cancel'; readonly payment: number }
  | {
      readonly op: 'refund';
      readonly payment: number;
      readonly amount: number;
      readonly key: number;
    }
  | { readonly op: 'refresh'; readonly payment: number }
  | { readonly op: 'quittance'; readonly payment: number; readonly ack: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('pay' as const),
    payment: fc.nat(1),
    method: fc.nat(1),
    key: fc.nat(3),
  }),
  fc.record({ op: fc.constant('payQr' as const), payment: fc.nat(1), key: fc.nat(3) }),
  fc.record({ op: fc.constant('answer' as const), right: fc.boolean() }),
  fc.record({
    op: fc.constant('outcome' as const),
    outcome: fc.constantFrom<SimulatedOutcome>('succeed', 'pending', 'require_action', {
      fail: 'insufficient_funds',
    }),
  }),
  fc.record({ op: fc.constant('deliver' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('complete' as const), approve: fc.boolean() }),
  fc.record({ op: fc.constant('settle' as const), fail: fc.boolean() }),
  fc.record({ op: fc.constant('cancel' as const), payment: fc.nat(1) }),
  fc.record({
    op: fc.constant('refund' as const),
    payment: fc.nat(1),
    amount: fc.integer({ min: 1, max: 400_000 }),
    key: fc.nat(2),
  }),
  fc.record({ op: fc.constant('refresh' as const), payment: fc.nat(1) }),
  fc.record({
    op: fc.constant('quittance' as const),
    payment: fc.nat(1),
    ack: fc.integer({ min: 1, max: 6 }),
  }),
);

async function check(kit: Kit, paymentIds: readonly string[]): Promise<void> {
  for (const id of paymentIds) {
    const { payment, attempts } = must(
      await kit.payments.getPayment({ accountId: 'acc_1', paymentId: id }),
    );
    // At most one successful attempt, at most one open attempt.
    expect(attempts.filter((a) => a.status === 'succeeded').length).toBeLessThanOrEqual(1);
    expect(
      attempts.filter((a) => !['succeeded', 'failed', 'canceled'].includes(a.status)).length,
    ).toBeLessThanOrEqual(1);
    // Money: refunds never exceed the capture; capture never exceeds the accrual.
    const held = payment.refunds.reduce(
      (s, r) => (r.status === 'failed' ? s : s + r.amountKopecks),
      0,
    );
    expect(held).toBeLessThanOrEqual(payment.capturedKopecks);
    expect(payment.capturedKopecks).toBeLessThanOrEqual(payment.amountKopecks);
    for (const a of attempts)
      expect(
        a.capturedKopecks <= a.authorizedKopecks && a.authorizedKopecks <= a.amountKopecks,
      ).toBe(true);
    // The stored status is the one the facts imply.
    expect(payment.status).toBe(derivePaymentStatus(payment, attempts));
  }
  // Nothing ever left the tables.
  for (const e of kit.events) {
    if (e.action === 'payment.status_changed')
      expect(
        PAYMENT_STATUS_EDGES.some(([a, b]) => a === e.payload?.['from'] && b === e.payload?.['to']),
      ).toBe(true);
    if (e.action === 'payment.attempt_status_changed' && e.payload?.['from'] !== undefined) {
      expect(
        ATTEMPT_STATUS_EDGES.some(([a, b]) => a === e.payload?.['from'] && b === e.payload?.['to']),
      ).toBe(true);
    }
  }
}

describe('invariants under any sequence of operations', () => {
  test.prop(
    [
      fc.array(opArb, { minLength: 1, maxLength: 30 }),
      fc.constantFrom('acquirer' as const, 'yookassa' as const, 'stripe' as const),
      fc.boolean(),
    ],
    { numRuns: 60 },
  )(
    'no sequence of events leaves the tables; at most one successful attempt per payment; refunds never exceed captured amounts',
    async (ops, dialect, twoStage) => {
      const kit = makeKit({
        dialect,
        policy: { ...defaultPaymentsPolicy, captureMode: twoStage ? 'two_stage' : 'single_stage' },
      });
      const card = kit.provider.tokenize({ kind: 'card', number: '4111111111111111' });
      const wallet = kit.provider.tokenize({ kind: 'wallet', wallet: '410011234567890' });
      const methods = [
        must(
          await kit.payments.bindMethod({
            accountId: 'acc_1',
            kind: 'card',
            token: card.token,
            fingerprint: card.fingerprint,
            label: card.label,
            network: 'visa',
          }),
        ).id,
        must(
          await kit.payments.bindMethod({
            accountId: 'acc_1',
            kind: 'wallet',
            token: wallet.token,
            fingerprint: wallet.fingerprint,
            label: wallet.label,
          }),
        ).id,
      ];
      const paymentIds = [
        must(
          await kit.createFor({
            accountId: 'acc_1',
            accountLevel: 'standard',
            accrual: { uin: uinFor(1), amountKopecks: 350_000, serviceType: 'work_patent' },
          }),
        ).id,
        must(
          await kit.createFor({
            accountId: 'acc_1',
            accountLevel: 'standard',
            accrual: { uin: uinFor(2), amountKopecks: 150_000, serviceType: 'migration' },
          }),
        ).id,
      ];
      const bag: ProviderCallbackInput[] = [];
      const open = async (): Promise<
        { attemptId: string; providerPaymentId?: string; challengeId?: string } | undefined
      > => {
        for (const id of paymentIds) {
          const { attempts } = must(
            await kit.payments.getPayment({ accountId: 'acc_1', paymentId: id }),
          );
          const a = attempts.find(
            (x) => x.status === 'requires_action' || x.status === 'processing',
          );
          if (a !== undefined)
            return {
              attemptId: a.id,
              ...(a.providerPaymentId === undefined
                ? {}
                : { providerPaymentId: a.providerPaymentId }),
              ...(a.action?.challengeId === undefined ? {} : { challengeId: a.action.challengeId }),
            };
        }
        return undefined;
      };
      for (const op of ops) {
        switch (op.op) {
          case 'pay':
            await kit.payments.payWithMethod({
              accountId: 'acc_1',
              accountLevel: 'standard',
              paymentId: paymentIds[op.payment]!,
              methodId: methods[op.method]!,
              idempotencyKey: `prop-key-${op.key}`,
            });
            break;
          case 'payQr':
            await kit.payments.payWithQr({
              accountId: 'acc_1',
              accountLevel: 'standard',
              paymentId: paymentIds[op.payment]!,
              scheme: 'sbp',
              idempotencyKey: `prop-qr-${op.key}`,
            });
            break;
          case 'answer': {
            const a = await open();
            if (a?.challengeId !== undefined)
              await kit.payments.confirmCheck({
                accountId: 'acc_1',
                attemptId: a.attemptId,
                answer: op.right ? kit.methodCheck.answerFor(a.challengeId)! : 'wrong',
              });
            break;
          }
          case 'outcome':
            kit.provider.queueOutcome(op.outcome);
            break;
          case 'deliver':
            if (bag.length > 0) await kit.payments.handleCallback(bag[op.pick % bag.length]!);
            break;
          case 'complete': {
            const a = await open();
            if (a?.providerPaymentId !== undefined)
              kit.provider.completeAction(a.providerPaymentId, op.approve ? 'approve' : 'decline');
            break;
          }
          case 'settle': {
            const a = await open();
            if (a?.providerPaymentId !== undefined)
              kit.provider.settle(
                a.providerPaymentId,
                op.fail ? { fail: 'issuer_unavailable' } : 'succeed',
              );
            break;
          }
          case 'cancel':
            await kit.payments.cancelPayment({
              accountId: 'acc_1',
              paymentId: paymentIds[op.payment]!,
            });
            break;
          case 'refund':
            await kit.payments.refundPayment({
              paymentId: paymentIds[op.payment]!,
              amountKopecks: op.amount,
              idempotencyKey: `prop-refund-${op.key}`,
              actor: { type: 'support', id: 'op_1' },
            });
            break;
          case 'refresh':
            await kit.payments.refreshStatus({ paymentId: paymentIds[op.payment]! });
            break;
          case 'quittance': {
            const { payment } = must(
              await kit.payments.getPayment({
                accountId: 'acc_1',
                paymentId: paymentIds[op.payment]!,
              }),
            );
            if (payment.status !== 'canceled')
              await kit.payments.recordQuittance({ uin: payment.uin, acknowledgment: op.ack });
            break;
          }
        }
        bag.push(...kit.provider.takeCallbacks());
        await check(kit, paymentIds);
      }
      // Finally deliver every callback ever emitted, twice, newest first: nothing changes the verdicts.
      for (const cb of [...bag].reverse().concat(bag)) await kit.payments.handleCallback(cb);
      await check(kit, paymentIds);
    },
  );
});
