import { describe, expect, it } from 'vitest';
import { codes, makeKit, must, uinFor } from '../../test/kit.js';
import { defaultPaymentsPolicy } from './payments-policy.js';

describe('createPaymentsService: the attempts one payment may have', () => {
  it('PAY-4 / payment.too_many_attempts: a failed payment is retried up to maxAttemptsPerPayment attempts, then refused with the limit, and no attempt is started', async () => {
    const max = 3;
    const { payments, createFor, provider } = makeKit({
      policy: { ...defaultPaymentsPolicy, maxAttemptsPerPayment: max },
    });
    const p = must(
      await createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(70), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    const pay = (n: number) =>
      payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: `attempts-key-${n}`,
      });
    for (let n = 1; n <= max; n++) {
      provider.queueOutcome({ fail: 'insufficient_funds' });
      const started = must(await pay(n));
      provider.completeAction(started.attempt.providerPaymentId!);
      for (const cb of provider.takeCallbacks()) must(await payments.handleCallback(cb));
      const { payment } = must(await payments.getPayment({ accountId: 'acc_1', paymentId: p.id }));
      expect(payment.status).toBe('failed');
      expect(payment.attemptCount).toBe(n);
    }
    const refused = await pay(max + 1);
    expect(codes(refused)).toEqual(['payment.too_many_attempts']);
    expect(refused.success ? [] : refused.issues).toEqual([
      expect.objectContaining({ path: ['paymentId'], params: { max } }),
    ]);
    const after = must(await payments.getPayment({ accountId: 'acc_1', paymentId: p.id }));
    expect(after.payment).toMatchObject({ status: 'failed', attemptCount: max });
  });
});
