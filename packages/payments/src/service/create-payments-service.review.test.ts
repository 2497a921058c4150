import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KIT_SECRET, makeKit, must, uinFor, type Kit } from '../../test/kit.js';
import { describePayment } from '../view/describe-payment.js';

async function verifiedCard(kit: Kit): Promise<string> {
  const t = kit.provider.tokenize({ kind: 'card', number: '4111111111111111' });
  const method = must(
    await kit.payments.bindMethod({
      accountId: 'acc_1',
      kind: 'card',
      token: t.token,
      fingerprint: t.fingerprint,
      label: t.label,
      network: 'visa',
    }),
  );
  const warmup = must(
    await kit.createFor({
      accountId: 'acc_1',
      accountLevel: 'standard',
      accrual: { uin: uinFor(999), amountKopecks: 100, serviceType: 'warmup' },
    }),
  );
  const started = must(
    await kit.payments.payWithMethod({
      accountId: 'acc_1',
      accountLevel: 'standard',
      paymentId: warmup.id,
      methodId: method.id,
      idempotencyKey: 'warmup-key',
    }),
  );
  must(
    await kit.payments.confirmCheck({
      accountId: 'acc_1',
      attemptId: started.attempt.id,
      answer: kit.methodCheck.answerFor(started.attempt.action!.challengeId!)!,
    }),
  );
  kit.provider.takeCallbacks();
  return method.id;
}

/** A payment whose attempt waits for the bank (the simulator answers `pending`), its callbacks held back. */
async function pending(kit: Kit, n: number) {
  const methodId = await verifiedCard(kit);
  const p = must(
    await kit.createFor({
      accountId: 'acc_1',
      accountLevel: 'standard',
      accrual: { uin: uinFor(n), amountKopecks: 350_000, serviceType: 'work_patent' },
    }),
  );
  kit.provider.queueOutcome('pending');
  const paid = must(
    await kit.payments.payWithMethod({
      accountId: 'acc_1',
      accountLevel: 'standard',
      paymentId: p.id,
      methodId,
      idempotencyKey: `review-key-${n}`,
    }),
  );
  kit.provider.takeCallbacks();
  expect(paid.payment.status).toBe('processing');
  return { paymentId: p.id, attempt: paid.attempt };
}

/** An acquirer notification signed with the provider's secret: authenticated, so the service acts on it as it is. */
function signed(fields: Record<string, unknown>) {
  const body = JSON.stringify(fields);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-signature': createHmac('sha256', KIT_SECRET).update(body).digest('hex'),
    },
  };
}

const status = async (kit: Kit, paymentId: string) =>
  must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId })).payment;

describe('a report for another amount or currency (PAY-3, PAY-4)', () => {
  it('PAY-3: a CONFIRMED callback for 1 kopeck never reaches paid: requires_review («В обработке»), journaled for support; a later REJECTED moves it to failed', async () => {
    const kit = makeKit();
    const { paymentId, attempt } = await pending(kit, 1);
    const ids = { PaymentId: attempt.providerPaymentId!, OrderId: attempt.id };
    const held = must(
      await kit.payments.handleCallback(signed({ ...ids, Status: 'CONFIRMED', Amount: 1 })),
    );
    expect(held.payment).toMatchObject({ status: 'requires_review', capturedKopecks: 0 });
    expect(held.payment!.succeededAttemptId).toBeUndefined();
    expect(describePayment(held.payment!, 'ru').label).toBe('В обработке');
    expect(kit.events.find((e) => e.action === 'payment.amount_mismatch')?.payload).toMatchObject({
      expectedKopecks: 350_000,
      reportedKopecks: 1,
    });
    expect(kit.events.find((e) => e.action === 'payment.review_required')).toMatchObject({
      subject: { type: 'account', id: 'acc_1' },
      payload: { paymentId, reason: 'amount_mismatch', reportedKopecks: 1 },
    });
    const [details] = [must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }))];
    expect(details.attempts[0]).toMatchObject({
      status: 'processing',
      review: {
        reason: 'amount_mismatch',
        expectedKopecks: 350_000,
        reportedKopecks: 1,
        providerStatus: 'CONFIRMED',
      },
    });
    // Support finds it by the transaction number.
    expect(
      must(
        await kit.payments.getByTransactionNumber({
          transactionNumber: held.payment!.transactionNumber,
        }),
      ).payment.status,
    ).toBe('requires_review');
    // A later report for the right amount does not release it: only support's resolution or a failure does.
    expect(
      (await kit.payments.handleCallback(signed({ ...ids, Status: 'CONFIRMED', Amount: 350_000 })))
        .success,
    ).toBe(true);
    expect((await status(kit, paymentId)).status).toBe('requires_review');
    expect(kit.provider.calls.filter((c) => c.operation === 'capture')).toHaveLength(0);
    const rejected = must(
      await kit.payments.handleCallback(
        signed({ ...ids, Status: 'REJECTED', Amount: 350_000, ErrorCode: '51' }),
      ),
    );
    expect(rejected.payment).toMatchObject({ status: 'failed', capturedKopecks: 0 });
  });

  it('PAY-3: a currency other than the rouble holds the payment too; a reversal (the money returned) moves it on', async () => {
    const kit = makeKit();
    const { paymentId, attempt } = await pending(kit, 2);
    const ids = { PaymentId: attempt.providerPaymentId!, OrderId: attempt.id };
    const held = must(
      await kit.payments.handleCallback(
        signed({ ...ids, Status: 'CONFIRMED', Amount: 350_000, Currency: 'USD' }),
      ),
    );
    expect(held.payment?.status).toBe('requires_review');
    expect(kit.events.find((e) => e.action === 'payment.review_required')?.payload).toMatchObject({
      reason: 'currency_mismatch',
      currency: 'USD',
    });
    // The rouble by its numeric code is the rouble.
    const kit2 = makeKit();
    const other = await pending(kit2, 3);
    const ok = must(
      await kit2.payments.handleCallback(
        signed({
          PaymentId: other.attempt.providerPaymentId!,
          OrderId: other.attempt.id,
          Status: 'CONFIRMED',
          Amount: 350_000,
          Currency: 643,
        }),
      ),
    );
    expect(ok.payment?.status).toBe('paid');
    const reversed = must(
      await kit.payments.handleCallback(signed({ ...ids, Status: 'REVERSED', Amount: 350_000 })),
    );
    expect(reversed.payment?.status).toBe('failed');
    expect((await status(kit, paymentId)).capturedKopecks).toBe(0);
  });

  it('PAY-3: funds held for another amount are never captured: the payment waits for review', async () => {
    const kit = makeKit();
    const { paymentId, attempt } = await pending(kit, 4);
    must(
      await kit.payments.handleCallback(
        signed({
          PaymentId: attempt.providerPaymentId!,
          OrderId: attempt.id,
          Status: 'AUTHORIZED',
          Amount: 100,
        }),
      ),
    );
    expect((await status(kit, paymentId)).status).toBe('requires_review');
    must(await kit.payments.refreshStatus({ paymentId, accountId: 'acc_1' }));
    expect(kit.provider.calls.filter((c) => c.operation === 'capture')).toHaveLength(0);
    expect((await status(kit, paymentId)).status).toBe('requires_review');
  });
});
