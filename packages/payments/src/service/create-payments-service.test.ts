import { describe, expect, it } from 'vitest';
import { codes, makeKit, must, uinFor } from '../../test/kit.js';

describe('createPaymentsService: the walkthrough flow', () => {
  it('PAY-2: a bound card pays after its first-use SMS check; SBP fails with insufficient funds and the retry succeeds (PAY-4)', async () => {
    const { payments, provider, methodCheck } = makeKit();
    const payment = must(await payments.createPayment({ accountId: 'acc_1', accountLevel: 'standard', accrual: { uin: uinFor(1), amountKopecks: 350_000, serviceType: 'work_patent' } }));
    expect(payment.status).toBe('draft');
    const card = provider.tokenize({ kind: 'card', number: '4111 1111 1111 1111' });
    const method = must(await payments.bindMethod({ accountId: 'acc_1', kind: 'card', token: card.token, fingerprint: card.fingerprint, label: card.label, network: card.network! }));
    expect(method.verified).toBe(false);
    const first = must(await payments.payWithMethod({ accountId: 'acc_1', accountLevel: 'standard', paymentId: payment.id, methodId: method.id, idempotencyKey: 'key-card-0001' }));
    expect(first.attempt.status).toBe('requires_action');
    expect(first.attempt.action?.kind).toBe('sms_code');
    expect(first.payment.status).toBe('requires_action');
    const code = methodCheck.answerFor(first.attempt.action!.challengeId!)!;
    const done = must(await payments.confirmCheck({ accountId: 'acc_1', attemptId: first.attempt.id, answer: code }));
    expect(done.attempt.status).toBe('succeeded');
    expect(done.payment.status).toBe('paid');
    expect(done.payment.capturedKopecks).toBe(350_000);

    // A second duty: SBP by phone, first use confirmed in the bank app; insufficient funds, then a retry.
    const second = must(await payments.createPayment({ accountId: 'acc_1', accountLevel: 'standard', accrual: { uin: uinFor(2), amountKopecks: 150_000, serviceType: 'migration' } }));
    const phone = provider.tokenize({ kind: 'sbp', phone: '+79161234567' });
    const sbp = must(await payments.bindMethod({ accountId: 'acc_1', kind: 'sbp', token: phone.token, fingerprint: phone.fingerprint, label: phone.label }));
    provider.queueOutcome({ fail: 'insufficient_funds' });
    const tryOne = must(await payments.payWithMethod({ accountId: 'acc_1', accountLevel: 'standard', paymentId: second.id, methodId: sbp.id, idempotencyKey: 'key-sbp-0001' }));
    expect(tryOne.attempt.action?.kind).toBe('bank_app');
    const failed = must(await payments.confirmCheck({ accountId: 'acc_1', attemptId: tryOne.attempt.id, answer: methodCheck.answerFor(tryOne.attempt.action!.challengeId!)! }));
    expect(failed.payment.status).toBe('failed');
    expect(failed.payment.lastFailure?.code).toBe('insufficient_funds');
    expect(failed.payment.lastFailure?.providerCode).toBe('51');
    const retry = must(await payments.payWithMethod({ accountId: 'acc_1', accountLevel: 'standard', paymentId: second.id, methodId: sbp.id, idempotencyKey: 'key-sbp-0002' }));
    expect(retry.attempt.action).toBeUndefined();
    expect(retry.payment.status).toBe('paid');
    expect(retry.attempt.sequence).toBe(2);
    expect(codes(await payments.payWithMethod({ accountId: 'acc_1', accountLevel: 'standard', paymentId: second.id, methodId: sbp.id, idempotencyKey: 'key-sbp-0003' }))).toEqual(['payment.already_paid']);
  });
});
