import { KabinetError } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { TREASURY_PAYEE, codes, makeKit, must, uinFor, type Kit } from '../../test/kit.js';
import { parsePaymentQr } from '../qr/parse-payment-qr.js';
import { defaultPaymentsPolicy } from './payments-policy.js';

async function boundCard(kit: Kit, verified = true): Promise<string> {
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
  if (verified) {
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
  }
  return method.id;
}

const duty = (kit: Kit, n: number, over: Record<string, unknown> = {}) =>
  kit.createFor({
    accountId: 'acc_1',
    accountLevel: 'standard',
    accrual: { uin: uinFor(n), amountKopecks: 350_000, serviceType: 'work_patent', ...over },
  });

describe('idempotency keys and capture', () => {
  it('S-16: a retried pay call with the same key resumes the same attempt; the same key with another method is refused', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 1));
    const first = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'same-key-001',
      }),
    );
    const again = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'same-key-001',
      }),
    );
    expect(again.attempt.id).toBe(first.attempt.id);
    expect(again.payment.status).toBe('paid');
    expect(
      kit.provider.calls.filter(
        (c) => c.operation === 'confirm' && c.providerPaymentId === first.attempt.providerPaymentId,
      ),
    ).toHaveLength(1);
    const other = kit.provider.tokenize({ kind: 'wallet', wallet: '4100' + '1'.repeat(11) });
    const wallet = must(
      await kit.payments.bindMethod({
        accountId: 'acc_1',
        kind: 'wallet',
        token: other.token,
        fingerprint: other.fingerprint,
        label: other.label,
      }),
    );
    expect(
      codes(
        await kit.payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          methodId: wallet.id,
          idempotencyKey: 'same-key-001',
        }),
      ),
    ).toEqual(['payment.idempotency_key_reused']);
    expect(
      codes(
        await kit.payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          methodId,
          idempotencyKey: 'short',
        }),
      ),
    ).toEqual(['payment.idempotency_key_invalid']);
  });

  it('money is never double-charged: a lost provider response is retried with the same keys and resumes the same object', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 2));
    kit.provider.failNextCall('confirm', 'after');
    await expect(
      kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'lost-resp-01',
      }),
    ).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_PROVIDER_UNAVAILABLE',
    );
    const retried = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'lost-resp-01',
      }),
    );
    expect(retried.payment.status).toBe('paid');
    const confirms = kit.provider.calls.filter(
      (c) => c.operation === 'confirm' && c.providerPaymentId === retried.attempt.providerPaymentId,
    );
    expect(confirms.map((c) => c.idempotencyKey)).toEqual([
      `${retried.attempt.id}:confirm`,
      `${retried.attempt.id}:confirm`,
    ]);
    expect(
      kit.provider.calls.filter(
        (c) => c.operation === 'create' && c.idempotencyKey?.startsWith(retried.attempt.id),
      ),
    ).toHaveLength(1);
  });

  it('a provider outage before the call leaves the attempt to be resumed; a refresh never submits it', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 3));
    kit.provider.failNextCall('create', 'before');
    await expect(
      kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'outage-key-1',
      }),
    ).rejects.toThrow(/simulated create/);
    const refreshed = must(
      await kit.payments.refreshStatus({ paymentId: p.id, accountId: 'acc_1' }),
    );
    expect(refreshed.attempts[0]!.status).toBe('created');
    expect(refreshed.payment.status).toBe('requires_action');
    const resumed = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'outage-key-1',
      }),
    );
    expect(resumed.payment.status).toBe('paid');
  });

  it('a crash between reserving the payment and writing the attempt: the same key resumes at once, another key waits out the reservation', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 6));
    const create = kit.store.attempts.create.bind(kit.store.attempts);
    let crash = true;
    Object.assign(kit.store.attempts, {
      create: async (record: Parameters<typeof create>[0]) => {
        if (crash) {
          crash = false;
          throw new KabinetError('ERR_STORE', 'simulated crash');
        }
        return create(record);
      },
    });
    await expect(
      kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'crash-key-1',
      }),
    ).rejects.toThrow(/simulated crash/);
    expect(
      codes(
        await kit.payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          methodId,
          idempotencyKey: 'crash-key-2',
        }),
      ),
    ).toEqual(['payment.attempt_in_progress']);
    kit.clock.advance(defaultPaymentsPolicy.reservationTimeoutMs);
    const other = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'crash-key-2',
      }),
    );
    expect(other.payment.status).toBe('paid');
    const resumed = await kit.payments.payWithMethod({
      accountId: 'acc_1',
      accountLevel: 'standard',
      paymentId: p.id,
      methodId,
      idempotencyKey: 'crash-key-1',
    });
    expect(codes(resumed)).toEqual(['payment.already_paid']);
  });

  it('after such a crash a retry with the same key resumes the reserved attempt immediately', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 7));
    const create = kit.store.attempts.create.bind(kit.store.attempts);
    let crash = true;
    Object.assign(kit.store.attempts, {
      create: async (record: Parameters<typeof create>[0]) => {
        if (crash) {
          crash = false;
          throw new KabinetError('ERR_STORE', 'simulated crash');
        }
        return create(record);
      },
    });
    await expect(
      kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'crash-key-3',
      }),
    ).rejects.toThrow(/simulated crash/);
    const resumed = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'crash-key-3',
      }),
    );
    expect(resumed.payment).toMatchObject({ status: 'paid', attemptCount: 1 });
    expect(resumed.attempt.sequence).toBe(1);
  });

  it('two-stage: held funds are checked and captured under a key derived from payment and attempt, once', async () => {
    const kit = makeKit({ policy: { ...defaultPaymentsPolicy, captureMode: 'two_stage' } });
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 4));
    const paid = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'two-stage-01',
      }),
    );
    expect(paid.payment.status).toBe('paid');
    expect(paid.attempt).toMatchObject({
      authorizedKopecks: 350_000,
      capturedKopecks: 350_000,
      captureKey: `${p.id}:${paid.attempt.id}:capture`,
    });
    for (const cb of kit.provider.takeCallbacks()) await kit.payments.handleCallback(cb);
    await kit.payments.refreshStatus({ paymentId: p.id });
    const captures = kit.provider.calls.filter(
      (c) => c.operation === 'capture' && c.providerPaymentId === paid.attempt.providerPaymentId,
    );
    expect(captures.map((c) => c.idempotencyKey)).toEqual([paid.attempt.captureKey]);
    expect(
      kit.events.filter(
        (e) => e.action === 'payment.capture_requested' && e.payload?.['paymentId'] === p.id,
      ),
    ).toHaveLength(1);
  });
});

describe('amounts the provider reports', () => {
  it('PAY-3: a capture reported above the accrual is never paid: held for review and journaled as a mismatch', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 5));
    const confirm = kit.provider.confirm.bind(kit.provider);
    Object.assign(kit.provider, {
      confirm: async (request: Parameters<typeof confirm>[0]) => {
        const answer = await confirm(request);
        return answer.status === 'succeeded'
          ? { ...answer, capturedKopecks: answer.capturedKopecks + 1 }
          : answer;
      },
    });
    const paid = must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'over-capture',
      }),
    );
    expect(paid.attempt).toMatchObject({
      capturedKopecks: 0,
      review: { reason: 'amount_mismatch', reportedKopecks: 350_001 },
    });
    expect(paid.payment).toMatchObject({ status: 'requires_review', capturedKopecks: 0 });
    expect(kit.events.find((e) => e.action === 'payment.amount_mismatch')?.payload).toMatchObject({
      expectedKopecks: 350_000,
      reportedKopecks: 350_001,
    });
  });
});

describe('cancel and refund', () => {
  it('cancels a payment no money moved for; a cancelled УИН can be paid again by a new payment', async () => {
    const kit = makeKit();
    const p = must(await duty(kit, 10));
    const qr = must(
      await kit.payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: 'sbp-qr-key-1',
      }),
    );
    expect(qr.attempt.action?.kind).toBe('qr_scan');
    const canceled = must(
      await kit.payments.cancelPayment({ accountId: 'acc_1', paymentId: p.id }),
    );
    expect(canceled).toMatchObject({ status: 'canceled', cancellation: { reason: 'by_payer' } });
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId: p.id })).attempts[0]!
        .status,
    ).toBe('canceled');
    expect(
      must(await kit.payments.cancelPayment({ accountId: 'acc_1', paymentId: p.id })).version,
    ).toBe(canceled.version);
    expect(
      codes(
        await kit.payments.payWithQr({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          scheme: 'sbp',
          idempotencyKey: 'sbp-qr-key-2',
        }),
      ),
    ).toEqual(['payment.canceled']);
    const again = must(await duty(kit, 10));
    expect(again.id).not.toBe(p.id);
    expect(kit.events.some((e) => e.action === 'payment.canceled')).toBe(true);
  });

  it('refuses to cancel what the bank is processing or has paid', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const pending = must(await duty(kit, 11));
    kit.provider.queueOutcome('pending');
    must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: pending.id,
        methodId,
        idempotencyKey: 'pending-k-1',
      }),
    );
    expect(
      codes(await kit.payments.cancelPayment({ accountId: 'acc_1', paymentId: pending.id })),
    ).toEqual(['payment.cancel_not_possible']);
    expect(
      codes(
        await kit.payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: pending.id,
          methodId,
          idempotencyKey: 'pending-k-2',
        }),
      ),
    ).toEqual(['payment.attempt_in_progress']);
    const paid = must(await duty(kit, 12));
    must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: paid.id,
        methodId,
        idempotencyKey: 'paid-key-01',
      }),
    );
    expect(
      codes(await kit.payments.cancelPayment({ accountId: 'acc_1', paymentId: paid.id })),
    ).toEqual(['payment.already_paid']);
    expect(
      codes(await kit.payments.cancelPayment({ accountId: 'acc_2', paymentId: paid.id })),
    ).toEqual(['payment.not_found']);
  });

  it('refunds never exceed the captured amount; a retried refund is not repeated; the full return makes it refunded', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 13));
    const support = { type: 'support', id: 'op_7' };
    expect(
      codes(
        await kit.payments.refundPayment({
          paymentId: p.id,
          amountKopecks: 100,
          idempotencyKey: 'refund-early',
          actor: support,
        }),
      ),
    ).toEqual(['payment.refund_not_possible']);
    must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'refund-pay-1',
      }),
    );
    const part = must(
      await kit.payments.refundPayment({
        paymentId: p.id,
        amountKopecks: 100_000,
        idempotencyKey: 'refund-key-1',
        actor: support,
      }),
    );
    expect(part.status).toBe('paid');
    expect(part.refunds).toMatchObject([
      { amountKopecks: 100_000, status: 'succeeded', requestedBy: 'support:op_7' },
    ]);
    const replay = must(
      await kit.payments.refundPayment({
        paymentId: p.id,
        amountKopecks: 100_000,
        idempotencyKey: 'refund-key-1',
        actor: support,
      }),
    );
    expect(replay.refunds).toHaveLength(1);
    expect(kit.provider.calls.filter((c) => c.operation === 'refund')).toHaveLength(1);
    expect(
      codes(
        await kit.payments.refundPayment({
          paymentId: p.id,
          amountKopecks: 5,
          idempotencyKey: 'refund-key-1',
          actor: support,
        }),
      ),
    ).toEqual(['payment.idempotency_key_reused']);
    const over = await kit.payments.refundPayment({
      paymentId: p.id,
      amountKopecks: 250_001,
      idempotencyKey: 'refund-key-2',
      actor: support,
    });
    expect(over.success ? [] : over.issues).toEqual([
      { code: 'payment.refund_exceeds', path: ['amountKopecks'], params: { available: 250_000 } },
    ]);
    const rest = must(
      await kit.payments.refundPayment({
        paymentId: p.id,
        amountKopecks: 250_000,
        idempotencyKey: 'refund-key-3',
        actor: support,
      }),
    );
    expect(rest.status).toBe('refunded');
    expect(
      codes(
        await kit.payments.refundPayment({
          paymentId: p.id,
          amountKopecks: 1,
          idempotencyKey: 'refund-key-4',
          actor: support,
        }),
      ),
    ).toEqual(['payment.refund_not_possible']);
    for (const cb of kit.provider.takeCallbacks()) must(await kit.payments.handleCallback(cb));
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId: p.id })).payment.status,
    ).toBe('refunded');
  });
});

describe('QR payments and GIS GMP quittance', () => {
  it('a GOST R 56042 QR for a state duty carries the treasury details, УИН and sum; quittance 1 reconciles it', async () => {
    const kit = makeKit();
    const p = must(
      await duty(kit, 20, { payee: TREASURY_PAYEE, serviceName: 'Госпошлина за патент' }),
    );
    const started = must(
      await kit.payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'gost',
        idempotencyKey: 'gost-qr-key1',
      }),
    );
    expect(started.attempt).toMatchObject({
      status: 'requires_action',
      provider: 'gost_qr',
      methodKind: 'qr',
    });
    const qr = parsePaymentQr(started.attempt.action!.qrPayload!);
    expect(qr.success && qr.data.fields).toMatchObject({
      PersonalAcc: '03100643000000017300',
      CorrespAcc: '40102810545370000003',
      BIC: '004525988',
      UIN: p.uin,
      Sum: '350000',
      TechCode: '03',
    });
    expect(kit.provider.calls).toHaveLength(0);
    const provisional = must(
      await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 2, paidKopecks: 350_000 }),
    );
    expect(provisional.status).toBe('paid');
    const matched = must(
      await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 1, paidKopecks: 350_000 }),
    );
    expect(matched.status).toBe('reconciled');
    expect(
      kit.events.filter((e) => e.action === 'payment.status_changed').map((e) => e.payload?.['to']),
    ).toEqual(['requires_action', 'paid', 'reconciled']);
    const noPayee = must(await duty(kit, 21));
    expect(
      codes(
        await kit.payments.payWithQr({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: noPayee.id,
          scheme: 'gost',
          idempotencyKey: 'gost-qr-key2',
        }),
      ),
    ).toEqual(['payment.payee_missing']);
    expect(
      codes(
        await kit.payments.payWithQr({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: noPayee.id,
          scheme: 'mir' as never,
          idempotencyKey: 'gost-qr-key3',
        }),
      ),
      // The service reads its input with the schema the route takes: the same code as over HTTP.
    ).toEqual(['input.not_one_of']);
  });

  it('a card payment is paid, then reconciled on quittance 1/4/5/6 and not on 2/3, and a later 2/3 does not undo the match; bad quittance input is refused', async () => {
    const kit = makeKit();
    const methodId = await boundCard(kit);
    const p = must(await duty(kit, 22));
    must(
      await kit.payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId,
        idempotencyKey: 'quit-key-01',
      }),
    );
    expect(must(await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 3 })).status).toBe(
      'paid',
    );
    expect(must(await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 5 })).status).toBe(
      'reconciled',
    );
    // A match is final: a later preliminary (2) or unmatched (3) report does not undo it.
    const kept = must(await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 2 }));
    expect(kept.status).toBe('reconciled');
    expect(kept.reconciliation?.acknowledgment).toBe(5);
    expect(
      kit.events
        .filter((e) => e.action === 'payment.quittance_received')
        .map((e) => e.payload?.['acknowledgment']),
    ).toEqual([3, 5, 2]);
    expect(codes(await kit.payments.recordQuittance({ uin: p.uin, acknowledgment: 7 }))).toEqual([
      'payment.quittance_invalid',
    ]);
    expect(
      codes(await kit.payments.recordQuittance({ uin: uinFor(23), acknowledgment: 1 })),
    ).toEqual(['payment.not_found']);
    expect(codes(await kit.payments.recordQuittance({ uin: '1', acknowledgment: 1 }))).toEqual([
      'uin.length',
    ]);
  });

  it('SBP by QR: the payer scans, the bank confirms by callback, the payment is paid', async () => {
    const kit = makeKit({ dialect: 'sbp-sber' });
    const p = must(await duty(kit, 24));
    const started = must(
      await kit.payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: 'sbp-scan-01',
      }),
    );
    expect(started.attempt.action?.qrPayload).toMatch(/^https:\/\/qr\.nspk\.ru\//);
    kit.provider.completeAction(started.attempt.providerPaymentId!);
    const results = [];
    for (const cb of kit.provider.takeCallbacks())
      results.push(must(await kit.payments.handleCallback(cb)));
    expect(results.at(-1)?.payment?.status).toBe('paid');
  });
});
