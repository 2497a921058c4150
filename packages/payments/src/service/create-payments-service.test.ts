import { describe, expect, it } from 'vitest';
import { ConflictError, KabinetError } from '@kabinet/core';
import { codes, makeKit, must, uinFor } from '../../test/kit.js';
import { defaultPaymentsPolicy, strictPaymentsPolicy } from './payments-policy.js';

describe('createPaymentsService: the walkthrough flow', () => {
  it('PAY-2: a bound card pays after its first-use SMS check; SBP fails with insufficient funds and the retry succeeds (PAY-4)', async () => {
    const { payments, createFor, provider, methodCheck } = makeKit();
    const payment = must(
      await createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(1), amountKopecks: 350_000, serviceType: 'work_patent' },
      }),
    );
    expect(payment.status).toBe('draft');
    const card = provider.tokenize({ kind: 'card', number: '4111 1111 1111 1111' });
    const method = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'card',
        token: card.token,
        fingerprint: card.fingerprint,
        label: card.label,
        network: card.network!,
      }),
    );
    expect(method.verified).toBe(false);
    const first = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: payment.id,
        methodId: method.id,
        idempotencyKey: 'key-card-0001',
      }),
    );
    expect(first.attempt.status).toBe('requires_action');
    expect(first.attempt.action?.kind).toBe('sms_code');
    expect(first.payment.status).toBe('requires_action');
    const code = methodCheck.answerFor(first.attempt.action!.challengeId!)!;
    const done = must(
      await payments.confirmCheck({
        accountId: 'acc_1',
        attemptId: first.attempt.id,
        answer: code,
      }),
    );
    expect(done.attempt.status).toBe('succeeded');
    expect(done.payment.status).toBe('paid');
    expect(done.payment.capturedKopecks).toBe(350_000);

    // A second duty: SBP by phone, first use confirmed in the bank app; insufficient funds, then a retry.
    const second = must(
      await createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(2), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    const phone = provider.tokenize({ kind: 'sbp', phone: '+79161234567' });
    const sbp = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'sbp',
        token: phone.token,
        fingerprint: phone.fingerprint,
        label: phone.label,
      }),
    );
    provider.queueOutcome({ fail: 'insufficient_funds' });
    const tryOne = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: second.id,
        methodId: sbp.id,
        idempotencyKey: 'key-sbp-0001',
      }),
    );
    expect(tryOne.attempt.action?.kind).toBe('bank_app');
    const failed = must(
      await payments.confirmCheck({
        accountId: 'acc_1',
        attemptId: tryOne.attempt.id,
        answer: methodCheck.answerFor(tryOne.attempt.action!.challengeId!)!,
      }),
    );
    expect(failed.payment.status).toBe('failed');
    expect(failed.payment.lastFailure?.code).toBe('insufficient_funds');
    expect(failed.payment.lastFailure?.providerCode).toBe('51');
    const retry = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: second.id,
        methodId: sbp.id,
        idempotencyKey: 'key-sbp-0002',
      }),
    );
    expect(retry.attempt.action).toBeUndefined();
    expect(retry.payment.status).toBe('paid');
    expect(retry.attempt.sequence).toBe(2);
    expect(
      codes(
        await payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: second.id,
          methodId: sbp.id,
          idempotencyKey: 'key-sbp-0003',
        }),
      ),
    ).toEqual(['payment.already_paid']);
  });
});

describe('createPaymentsService: accruals, methods and the first-use check', () => {
  const accrual = (n: number, over: Record<string, unknown> = {}) => ({
    uin: uinFor(n),
    amountKopecks: 350_000,
    serviceType: 'work_patent',
    ...over,
  });

  it('createPayment is idempotent per УИН and takes everything from the charge; an annulled charge, a bad charge and a bad УИН are refused', async () => {
    const { payments, createFor, charges } = makeKit();
    const first = must(
      await createFor({ accountId: 'acc_1', accountLevel: 'simplified', accrual: accrual(10) }),
    );
    const again = must(
      await payments.createPayment({
        accountId: 'acc_1',
        accountLevel: 'simplified',
        uin: uinFor(10),
      }),
    );
    expect(again.id).toBe(first.id);
    // The administrator annuls the charge: even its open payment cannot be created again.
    await charges.annul(uinFor(10));
    expect(
      codes(
        await payments.createPayment({
          accountId: 'acc_1',
          accountLevel: 'simplified',
          uin: uinFor(10),
        }),
      ),
    ).toEqual(['payment.charge_annulled']);
    const posted = await charges.post({
      accountId: 'acc_1',
      amountKopecks: 10.5,
      serviceType: 'Work Patent',
      uin: uinFor(11),
    });
    const bad = await payments.createPayment({
      accountId: 'acc_1',
      accountLevel: 'simplified',
      uin: posted.uin,
    });
    expect(bad.success ? [] : bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['payment.amount_invalid', 'charge.amountKopecks'],
      ['payment.service_type_invalid', 'charge.serviceType'],
    ]);
    const malformed = await payments.createPayment({
      accountId: 'acc_1',
      accountLevel: 'simplified',
      uin: '32117072411021588934',
    });
    expect(
      malformed.success ? [] : malformed.issues.map((i) => [i.code, i.path.join('.')]),
    ).toEqual([['uin.checksum', 'uin']]);
    expect(
      codes(
        await createFor({
          accountId: 'acc_1',
          accountLevel: 'simplified',
          accrual: accrual(12, { amountKopecks: 100_000_001 }),
        }),
      ),
    ).toEqual(['payment.amount_too_large']);
    expect(first.transactionNumber).toMatch(/^260115\d{10}$/);
  });

  it('the account level gates duties where the policy says so', async () => {
    const { createFor } = makeKit({
      policy: {
        ...defaultPaymentsPolicy,
        minLevelByServiceType: { residence_permit: 'confirmed' },
      },
    });
    expect(
      codes(
        await createFor({
          accountId: 'acc_1',
          accountLevel: 'standard',
          accrual: accrual(20, { serviceType: 'residence_permit' }),
        }),
      ),
    ).toEqual(['payment.level_too_low']);
    expect(
      (
        await createFor({
          accountId: 'acc_1',
          accountLevel: 'confirmed',
          accrual: accrual(20, { serviceType: 'residence_permit' }),
        })
      ).success,
    ).toBe(true);
    expect(
      (await createFor({ accountId: 'acc_1', accountLevel: 'simplified', accrual: accrual(21) }))
        .success,
    ).toBe(true);
    expect(
      codes(await createFor({ accountId: 'acc_1', accountLevel: 'none', accrual: accrual(22) })),
    ).toEqual(['payment.level_too_low']);
    const strict = makeKit({ policy: strictPaymentsPolicy });
    expect(
      codes(
        await strict.createFor({
          accountId: 'acc_1',
          accountLevel: 'standard',
          accrual: accrual(23),
        }),
      ),
    ).toEqual(['payment.level_too_low']);
  });

  it('PAY-1: cards of the accepted networks, e-wallets, SBP and direct debit bind; a QR is one-shot; labels stay masked (S-12)', async () => {
    const { payments, provider } = makeKit({
      policy: { ...defaultPaymentsPolicy, cardNetworks: ['visa', 'mastercard', 'unionpay'] },
    });
    const bind = (t: ReturnType<typeof provider.tokenize>) =>
      payments.bindMethod({
        accountId: 'acc_1',
        kind: t.kind,
        token: t.token,
        fingerprint: t.fingerprint,
        label: t.label,
        ...(t.network === undefined ? {} : { network: t.network }),
      });
    for (const t of [
      provider.tokenize({ kind: 'card', number: '4111111111111111' }),
      provider.tokenize({ kind: 'card', number: '5555555555554444' }),
      provider.tokenize({ kind: 'card', number: '6200000000000005' }),
      provider.tokenize({ kind: 'wallet', wallet: '410011234567890' }),
      provider.tokenize({ kind: 'sbp', phone: '+79161234567' }),
      provider.tokenize({ kind: 'direct_debit', account: '40820810000000000001' }),
    ]) {
      expect((await bind(t)).success, t.label).toBe(true);
    }
    const methods = await payments.listMethods({ accountId: 'acc_1' });
    expect(methods.map((m) => `${m.kind}:${m.check}`).sort()).toEqual([
      'card:sms_code',
      'card:sms_code',
      'card:sms_code',
      'direct_debit:bank_app',
      'sbp:bank_app',
      'wallet:wallet_password',
    ]);
    expect(JSON.stringify(methods)).not.toContain('tok_');
    const mir = provider.tokenize({ kind: 'card', number: '2200000000000004' });
    expect(codes(await bind(mir))).toEqual(['payment.method_network_unsupported']);
    expect(
      codes(
        await payments.bindMethod({
          accountId: 'acc_1',
          kind: 'qr' as never,
          token: 't',
          fingerprint: 'f',
          label: 'QR',
        }),
      ),
      // The service reads its input with the schema the route takes: the same code as over HTTP.
    ).toEqual(['input.not_one_of']);
    expect(
      codes(
        await payments.bindMethod({
          accountId: 'acc_1',
          kind: 'card',
          token: 'tok_x',
          fingerprint: 'fp_x',
          label: 'Visa 4111 1111 1111 1111',
          network: 'visa',
        }),
      ),
    ).toEqual(['payment.method_label_invalid']);
    expect(
      codes(
        await payments.bindMethod({
          accountId: 'acc_1',
          kind: 'card',
          token: 'tok_x',
          fingerprint: 'fp_x',
          label: 'Visa •••• 1111',
        }),
      ),
    ).toEqual(['payment.method_network_required']);
    // The same instrument binds once.
    const visa = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    expect(must(await bind(visa)).id).toBe(methods.find((m) => m.label === visa.label)!.id);
    expect(await payments.listMethods({ accountId: 'acc_1' })).toHaveLength(6);
  });

  it('PAY-2: the first use of a method needs its check, later uses need none; a wrong answer keeps the attempt waiting', async () => {
    const { payments, createFor, provider, methodCheck, events } = makeKit();
    const wallet = provider.tokenize({ kind: 'wallet', wallet: '410011234567890' });
    const method = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'wallet',
        token: wallet.token,
        fingerprint: wallet.fingerprint,
        label: wallet.label,
      }),
    );
    const p1 = must(
      await createFor({ accountId: 'acc_1', accountLevel: 'standard', accrual: accrual(30) }),
    );
    const started = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p1.id,
        methodId: method.id,
        idempotencyKey: 'wallet-key-1',
      }),
    );
    expect(started.attempt.action?.kind).toBe('wallet_password');
    expect(provider.calls.filter((c) => c.operation === 'confirm')).toHaveLength(0);
    const wrong = await payments.confirmCheck({
      accountId: 'acc_1',
      attemptId: started.attempt.id,
      answer: 'nope',
    });
    expect(wrong.success ? [] : wrong.issues).toEqual([
      { code: 'payment.check_failed', path: ['answer'], params: { reason: 'wrong' } },
    ]);
    expect(
      (await payments.getPayment({ accountId: 'acc_1', paymentId: p1.id })).success &&
        must(await payments.getPayment({ accountId: 'acc_1', paymentId: p1.id })).payment.status,
    ).toBe('requires_action');
    expect(
      codes(
        await payments.confirmCheck({
          accountId: 'acc_2',
          attemptId: started.attempt.id,
          answer: 'x',
        }),
      ),
    ).toEqual(['payment.attempt_not_found']);
    const passed = must(
      await payments.confirmCheck({
        accountId: 'acc_1',
        attemptId: started.attempt.id,
        answer: methodCheck.answerFor(started.attempt.action!.challengeId!)!,
      }),
    );
    expect(passed.payment.status).toBe('paid');
    expect(
      codes(
        await payments.confirmCheck({
          accountId: 'acc_1',
          attemptId: started.attempt.id,
          answer: 'x',
        }),
      ),
    ).toEqual(['payment.no_check_pending']);
    expect((await payments.listMethods({ accountId: 'acc_1' }))[0]?.verified).toBe(true);

    const p2 = must(
      await createFor({ accountId: 'acc_1', accountLevel: 'standard', accrual: accrual(31) }),
    );
    const second = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p2.id,
        methodId: method.id,
        idempotencyKey: 'wallet-key-2',
      }),
    );
    expect(second.attempt.action).toBeUndefined();
    expect(second.payment.status).toBe('paid');
    expect(methodCheck.started).toHaveLength(1);
    expect(events.filter((e) => e.action === 'payment.method_verified')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'payment.check_failed')).toHaveLength(1);
  });

  it('a removed method cannot pay; removing is idempotent and only for the owner', async () => {
    const { payments, createFor, provider } = makeKit();
    const t = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    const method = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'card',
        token: t.token,
        fingerprint: t.fingerprint,
        label: t.label,
        network: 'visa',
      }),
    );
    expect(codes(await payments.removeMethod({ accountId: 'acc_2', methodId: method.id }))).toEqual(
      ['payment.method_not_found'],
    );
    expect(must(await payments.removeMethod({ accountId: 'acc_1', methodId: method.id })).id).toBe(
      method.id,
    );
    expect((await payments.removeMethod({ accountId: 'acc_1', methodId: method.id })).success).toBe(
      true,
    );
    expect(await payments.listMethods({ accountId: 'acc_1' })).toEqual([]);
    const p = must(
      await createFor({ accountId: 'acc_1', accountLevel: 'standard', accrual: accrual(40) }),
    );
    expect(
      codes(
        await payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          methodId: method.id,
          idempotencyKey: 'removed-key',
        }),
      ),
    ).toEqual(['payment.method_removed']);
    // It can be bound again (a new method).
    const again = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'card',
        token: t.token,
        fingerprint: t.fingerprint,
        label: t.label,
        network: 'visa',
      }),
    );
    expect(again.id).not.toBe(method.id);
    expect(again.verified).toBe(false);
  });

  it('PAY-4: a failure keeps our reason and the provider code, a retry is allowed; the transaction number finds the payment for support', async () => {
    const { payments, createFor, provider, methodCheck } = makeKit({ dialect: 'yookassa' });
    const t = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    const method = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'card',
        token: t.token,
        fingerprint: t.fingerprint,
        label: t.label,
        network: 'visa',
      }),
    );
    const p = must(
      await createFor({ accountId: 'acc_1', accountLevel: 'standard', accrual: accrual(50) }),
    );
    const started = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId: method.id,
        idempotencyKey: 'pay4-key-1',
      }),
    );
    provider.queueOutcome({ fail: 'invalid_details' });
    const failed = must(
      await payments.confirmCheck({
        accountId: 'acc_1',
        attemptId: started.attempt.id,
        answer: methodCheck.answerFor(started.attempt.action!.challengeId!)!,
      }),
    );
    expect(failed.payment.status).toBe('failed');
    expect(failed.payment.lastFailure).toMatchObject({
      code: 'invalid_details',
      providerCode: 'invalid_card_number',
      party: 'payer_bank',
      attemptId: started.attempt.id,
    });
    const retried = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId: method.id,
        idempotencyKey: 'pay4-key-2',
      }),
    );
    expect(retried.payment.status).toBe('paid');
    expect(retried.payment.lastFailure).toBeUndefined();
    const spaced = `${p.transactionNumber.slice(0, 6)} ${p.transactionNumber.slice(6)}`;
    const found = must(await payments.getByTransactionNumber({ transactionNumber: spaced }));
    expect(found.payment.id).toBe(p.id);
    expect(found.attempts.map((a) => a.status)).toEqual(['failed', 'succeeded']);
    expect(
      codes(
        await payments.getByTransactionNumber({
          transactionNumber: p.transactionNumber,
          accountId: 'acc_2',
        }),
      ),
    ).toEqual(['payment.not_found']);
    expect(codes(await payments.getByTransactionNumber({ transactionNumber: '12' }))).toEqual([
      'payment.transaction_number_invalid',
    ]);
    expect(codes(await payments.getPayment({ accountId: 'acc_2', paymentId: p.id }))).toEqual([
      'payment.not_found',
    ]);
  });
});

describe('createPaymentsService: the walkthrough by SBP QR, races and superseded attempts', () => {
  it('PAY-4: SBP by QR fails with insufficient funds after the scan; a retry with a new key pays', async () => {
    const { payments, createFor, provider } = makeKit({ dialect: 'sbp-sber' });
    const p = must(
      await createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(60), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    provider.queueOutcome({ fail: 'insufficient_funds' });
    const first = must(
      await payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: 'sbp-walk-01',
      }),
    );
    expect(first.attempt.action?.kind).toBe('qr_scan');
    provider.completeAction(first.attempt.providerPaymentId!);
    for (const cb of provider.takeCallbacks()) must(await payments.handleCallback(cb));
    const failed = must(await payments.getPayment({ accountId: 'acc_1', paymentId: p.id })).payment;
    expect(failed.status).toBe('failed');
    // Sber's SBP orders give no decline reason: the bank's word is kept.
    expect(failed.lastFailure).toMatchObject({ code: 'declined_other', providerCode: 'DECLINED' });
    const retry = must(
      await payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: 'sbp-walk-02',
      }),
    );
    provider.completeAction(retry.attempt.providerPaymentId!);
    for (const cb of provider.takeCallbacks()) must(await payments.handleCallback(cb));
    expect(
      must(await payments.getPayment({ accountId: 'acc_1', paymentId: p.id })).payment.status,
    ).toBe('paid');

    // The generic acquirer carries the reason: insufficient funds, ISO 8583 code 51.
    const kit = makeKit();
    const q = must(
      await kit.createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(61), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    kit.provider.queueOutcome({ fail: 'insufficient_funds' });
    const scan = must(
      await kit.payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: q.id,
        scheme: 'sbp',
        idempotencyKey: 'sbp-walk-03',
      }),
    );
    kit.provider.completeAction(scan.attempt.providerPaymentId!);
    for (const cb of kit.provider.takeCallbacks()) must(await kit.payments.handleCallback(cb));
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId: q.id })).payment
        .lastFailure,
    ).toMatchObject({ code: 'insufficient_funds', providerCode: '51' });
  });

  it('a new attempt replaces one still waiting for the payer (cancelled at the provider); at most one attempt is open', async () => {
    const { payments, createFor, provider } = makeKit();
    const t = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    const method = must(
      await payments.bindMethod({
        accountId: 'acc_1',
        kind: 'card',
        token: t.token,
        fingerprint: t.fingerprint,
        label: t.label,
        network: 'visa',
      }),
    );
    const p = must(
      await createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(62), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    const waiting = must(
      await payments.payWithMethod({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        methodId: method.id,
        idempotencyKey: 'supersede-1',
      }),
    );
    expect(waiting.attempt.status).toBe('requires_action');
    const qr = must(
      await payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: p.id,
        scheme: 'sbp',
        idempotencyKey: 'supersede-2',
      }),
    );
    const { attempts } = must(await payments.getPayment({ accountId: 'acc_1', paymentId: p.id }));
    expect(attempts.map((a) => a.status)).toEqual(['canceled', 'requires_action']);
    expect(
      provider.calls.some(
        (c) =>
          c.operation === 'cancel' && c.providerPaymentId === waiting.attempt.providerPaymentId,
      ),
    ).toBe(true);
    expect(qr.payment.activeAttemptId).toBe(qr.attempt.id);
    expect(
      codes(
        await payments.confirmCheck({
          accountId: 'acc_1',
          attemptId: waiting.attempt.id,
          answer: '000000',
        }),
      ),
    ).toEqual(['payment.no_check_pending']);
  });

  it('S-15: racing pay calls and racing duplicate callbacks never leave two open attempts or a doubled change', async () => {
    const kit = makeKit();
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
    const p = must(
      await kit.createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(63), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        kit.payments.payWithMethod({
          accountId: 'acc_1',
          accountLevel: 'standard',
          paymentId: p.id,
          methodId: method.id,
          idempotencyKey: `race-key-${i}`,
        }),
      ),
    );
    expect(
      results.every(
        (r) => r.success || r.issues.every((i) => i.code === 'payment.attempt_in_progress'),
      ),
    ).toBe(true);
    const { attempts } = must(
      await kit.payments.getPayment({ accountId: 'acc_1', paymentId: p.id }),
    );
    expect(
      attempts.filter((a) => !['succeeded', 'failed', 'canceled'].includes(a.status)),
    ).toHaveLength(1);

    const q = must(
      await kit.createFor({
        accountId: 'acc_1',
        accountLevel: 'standard',
        accrual: { uin: uinFor(64), amountKopecks: 150_000, serviceType: 'migration' },
      }),
    );
    const scan = must(
      await kit.payments.payWithQr({
        accountId: 'acc_1',
        accountLevel: 'standard',
        paymentId: q.id,
        scheme: 'sbp',
        idempotencyKey: 'race-qr-01',
      }),
    );
    kit.provider.takeCallbacks();
    kit.provider.completeAction(scan.attempt.providerPaymentId!);
    const callbacks = kit.provider.takeCallbacks();
    const before = kit.events.length;
    await Promise.all(
      callbacks.flatMap((cb) => [cb, cb, cb]).map((cb) => kit.payments.handleCallback(cb)),
    );
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId: q.id })).payment.status,
    ).toBe('paid');
    const changes = kit.events
      .slice(before)
      .filter((e) => e.action === 'payment.status_changed')
      .map((e) => e.payload?.['to']);
    expect(changes.at(-1)).toBe('paid');
    expect(new Set(changes).size).toBe(changes.length);
  });
});

describe('createPaymentsService: conflicts', () => {
  it("S-15: creating a payment and binding a method that keep losing to other writes are tried 1 + the policy's conflictRetries times, then the conflict goes to the caller", async () => {
    for (const conflictRetries of [0, 2, 5]) {
      const kit = makeKit({ policy: { ...defaultPaymentsPolicy, conflictRetries } });
      let creates = 0;
      kit.store.payments.create = async () => {
        creates++;
        throw new ConflictError('payment', 'pay_x', 0);
      };
      const created = await kit
        .createFor({
          accountId: 'acc_1',
          accountLevel: 'standard',
          accrual: { uin: uinFor(1), amountKopecks: 350_000, serviceType: 'work_patent' },
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(KabinetError.isInstance(created) && created.code).toBe('ERR_CONFLICT');
      expect(creates).toBe(conflictRetries + 1);
      let binds = 0;
      kit.store.methods.create = async () => {
        binds++;
        throw new ConflictError('payment method', 'pm_x', 0);
      };
      const card = kit.provider.tokenize({ kind: 'card', number: '4111 1111 1111 1111' });
      const bound = await kit.payments
        .bindMethod({
          accountId: 'acc_1',
          kind: 'card',
          token: card.token,
          fingerprint: card.fingerprint,
          label: card.label,
          network: card.network!,
        })
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(KabinetError.isInstance(bound) && bound.code).toBe('ERR_CONFLICT');
      expect(binds).toBe(conflictRetries + 1);
    }
  });
});
