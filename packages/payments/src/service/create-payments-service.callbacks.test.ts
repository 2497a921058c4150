import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { codes, KIT_SECRET, makeKit, must, uinFor, type Kit } from '../../test/kit.js';
import type { SimulatedDialect, SimulatedOutcome } from '../testing/simulated-provider.js';
import type { ProviderCallbackInput } from '../providers/payment-provider.js';
import { defaultPaymentsPolicy } from './payments-policy.js';

const DIALECTS: readonly SimulatedDialect[] = ['acquirer', 'yookassa', 'stripe', 'sbp-sber'];

/** A verified card paid once, so later payments skip the first-use check. */
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

/**
 * Pays one duty with the given outcome while the service hears nothing (the callbacks are
 * held back), then returns the held callbacks and the payment id.
 */
async function payQuietly(
  kit: Kit,
  methodId: string,
  outcome: SimulatedOutcome,
  n: number,
): Promise<{ paymentId: string; callbacks: ProviderCallbackInput[] }> {
  const p = must(
    await kit.createFor({
      accountId: 'acc_1',
      accountLevel: 'standard',
      accrual: { uin: uinFor(n), amountKopecks: 350_000, serviceType: 'work_patent' },
    }),
  );
  kit.provider.queueOutcome(outcome);
  must(
    await kit.payments.payWithMethod({
      accountId: 'acc_1',
      accountLevel: 'standard',
      paymentId: p.id,
      methodId,
      idempotencyKey: `quiet-key-${n}`,
    }),
  );
  return { paymentId: p.id, callbacks: kit.provider.takeCallbacks() };
}

describe('callbacks (S-16)', () => {
  it('S-16: a duplicate callback changes nothing more; unauthenticated YooKassa callbacks are re-read from the provider', async () => {
    const kit = makeKit({ dialect: 'yookassa' });
    const methodId = await verifiedCard(kit);
    const { paymentId, callbacks } = await payQuietly(kit, methodId, 'succeed', 1);
    expect(callbacks.length).toBeGreaterThan(0);
    const reads = kit.provider.calls.filter((c) => c.operation === 'getStatus').length;
    const first = must(await kit.payments.handleCallback(callbacks[callbacks.length - 1]!));
    expect(first.outcome).toBe('unchanged');
    expect(first.payment?.status).toBe('paid');
    expect(kit.provider.calls.filter((c) => c.operation === 'getStatus').length).toBe(reads + 1);
    const events = kit.events.length;
    expect(must(await kit.payments.handleCallback(callbacks[callbacks.length - 1]!)).outcome).toBe(
      'duplicate',
    );
    expect(kit.events.length).toBe(events);
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId })).payment.version,
    ).toBe(first.payment!.version);
  });

  it('S-16: a callback is what moves a pending payment: processing → paid, and a late "processing" is stale', async () => {
    const kit = makeKit({ dialect: 'stripe' });
    const methodId = await verifiedCard(kit);
    const { paymentId } = await payQuietly(kit, methodId, 'pending', 2);
    const object = must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }))
      .attempts[0]!.providerPaymentId!;
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId })).payment.status,
    ).toBe('processing');
    kit.provider.settle(object);
    const [success] = kit.provider.takeCallbacks();
    const applied = must(await kit.payments.handleCallback(success!));
    expect(applied).toMatchObject({
      outcome: 'applied',
      payment: { status: 'paid', capturedKopecks: 350_000 },
    });
    // An older event for the same object, delivered late: never applied.
    const late = JSON.parse(success!.body) as {
      id: string;
      type: string;
      data: { object: Record<string, unknown> };
    };
    late.id = 'evt_late';
    late.type = 'payment_intent.processing';
    late.data.object['status'] = 'processing';
    late.data.object['amount_received'] = 0;
    const body = JSON.stringify(late);
    const { createHmac } = await import('node:crypto');
    const ts = Math.floor(kit.clock.now() / 1000);
    const header = `t=${ts},v1=${createHmac('sha256', KIT_SECRET).update(`${ts}.${body}`).digest('hex')}`;
    const stale = must(
      await kit.payments.handleCallback({ body, headers: { 'stripe-signature': header } }),
    );
    expect(stale).toMatchObject({ outcome: 'stale', payment: { status: 'paid' } });
    expect(kit.events.some((e) => e.action === 'payment.observation_ignored')).toBe(true);
  });

  it('rejects forged and unknown callbacks without touching payments; forged ones are journaled', async () => {
    const kit = makeKit({ dialect: 'acquirer' });
    const methodId = await verifiedCard(kit);
    const { callbacks } = await payQuietly(kit, methodId, 'succeed', 3);
    const forged = {
      ...callbacks[0]!,
      body: callbacks[0]!.body.replace('"Amount":350000', '"Amount":1'),
    };
    expect(codes(await kit.payments.handleCallback(forged))).toEqual([
      'payment.callback.signature',
    ]);
    expect(kit.events.at(-1)).toMatchObject({
      action: 'payment.callback_rejected',
      subject: { type: 'provider', id: 'sim' },
    });
    const other = makeKit({ dialect: 'acquirer' });
    expect(codes(await other.payments.handleCallback(callbacks[0]!))).toEqual([
      'payment.callback.unknown_object',
    ]);
    expect(codes(await kit.payments.handleCallback({ body: 'x', headers: null } as never))).toEqual(
      ['payment.callback.malformed'],
    );
  });

  for (const dialect of DIALECTS) {
    test.prop(
      [
        fc.constantFrom<SimulatedOutcome>(
          'succeed',
          'pending',
          { fail: 'insufficient_funds' },
          { fail: 'expired' },
          'require_action',
        ),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
      ],
      { numRuns: 25 },
    )(
      `S-16 (${dialect}): any permutation and duplication of the callbacks ends where the provider's final object says`,
      async (outcome, order, duplicates) => {
        // Reference run: the service hears nothing; the provider's final object decides.
        const kit = makeKit({
          dialect,
          policy: { ...defaultPaymentsPolicy, captureMode: 'two_stage' },
        });
        const methodId = await verifiedCard(kit);
        const { paymentId, callbacks } = await payQuietly(kit, methodId, outcome, 4);
        const attempt = must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }))
          .attempts[0]!;
        if (attempt.status === 'requires_action')
          kit.provider.completeAction(attempt.providerPaymentId!);
        if ((await kit.provider.getStatus(attempt.providerPaymentId!)).status === 'processing')
          kit.provider.settle(attempt.providerPaymentId!);
        const all = [...callbacks, ...kit.provider.takeCallbacks()];
        const truth = await kit.provider.getStatus(attempt.providerPaymentId!);
        const delivered = [...all, ...duplicates.map((d) => all[d % all.length]!)];
        for (let i = delivered.length - 1; i > 0; i--) {
          const j = (order[i % Math.max(1, order.length)] ?? 0) % (i + 1);
          [delivered[i], delivered[j]] = [delivered[j]!, delivered[i]!];
        }
        for (const cb of delivered) {
          const r = await kit.payments.handleCallback(cb);
          expect(r.success, r.success ? '' : r.issues.map((i) => i.code).join()).toBe(true);
        }
        // Captures emit callbacks of their own: deliver them too, shuffled the same way.
        for (const cb of kit.provider.takeCallbacks().reverse())
          must(await kit.payments.handleCallback(cb));
        const after = must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }));
        const finalAttempt = after.attempts[0]!;
        const expected = truth.status === 'authorized' ? 'succeeded' : truth.status;
        expect(finalAttempt.status).toBe(expected);
        expect(after.payment.status).toBe(
          expected === 'succeeded'
            ? 'paid'
            : expected === 'failed'
              ? 'failed'
              : after.payment.status,
        );
        // Each status change is journaled once, and every change is an edge of the table.
        const changes = kit.events
          .filter(
            (e) => e.action === 'payment.status_changed' && e.payload?.['paymentId'] === paymentId,
          )
          .map(
            (e) => `${JSON.stringify(e.payload?.['from'])}->${JSON.stringify(e.payload?.['to'])}`,
          );
        expect(new Set(changes).size).toBe(changes.length);
        // Two-stage: held funds are captured exactly once, under the attempt's capture key.
        const captures = kit.provider.calls.filter(
          (c) => c.operation === 'capture' && c.providerPaymentId === attempt.providerPaymentId,
        );
        expect(new Set(captures.map((c) => c.idempotencyKey)).size).toBeLessThanOrEqual(1);
        if (captures.length > 0) expect(captures[0]!.idempotencyKey).toBe(attempt.captureKey);
      },
    );
  }
});

describe('callbacks that cannot be authenticated', () => {
  it('S-16: an unsigned "succeeded" for a payment still with the bank changes nothing: the provider is asked', async () => {
    const kit = makeKit({ dialect: 'yookassa' });
    const methodId = await verifiedCard(kit);
    const { paymentId } = await payQuietly(kit, methodId, 'pending', 5);
    const attempt = must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }))
      .attempts[0]!;
    const fake = {
      type: 'notification',
      event: 'payment.succeeded',
      object: {
        id: attempt.providerPaymentId,
        status: 'succeeded',
        paid: true,
        amount: { value: '3500.00', currency: 'RUB' },
        metadata: { reference: attempt.id },
      },
    };
    const r = must(await kit.payments.handleCallback({ body: JSON.stringify(fake), headers: {} }));
    expect(r.payment?.status).toBe('processing');
    expect(
      must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId })).attempts[0]!.status,
    ).toBe('processing');
  });
});

describe('forged unsigned callbacks cannot shadow genuine ones', () => {
  it('S-16: a fake early "succeeded" is re-read and ignored; the genuine one, arriving later, still applies', async () => {
    const kit = makeKit({ dialect: 'yookassa' });
    const methodId = await verifiedCard(kit);
    const { paymentId } = await payQuietly(kit, methodId, 'pending', 6);
    const attempt = must(await kit.payments.getPayment({ accountId: 'acc_1', paymentId }))
      .attempts[0]!;
    const body = (status: string) =>
      JSON.stringify({
        type: 'notification',
        event: `payment.${status}`,
        object: {
          id: attempt.providerPaymentId,
          status,
          paid: true,
          amount: { value: '3500.00', currency: 'RUB' },
          metadata: { reference: attempt.id },
        },
      });
    expect(
      must(await kit.payments.handleCallback({ body: body('succeeded'), headers: {} })).payment
        ?.status,
    ).toBe('processing');
    kit.provider.settle(attempt.providerPaymentId!);
    const genuine = kit.provider.takeCallbacks();
    expect(genuine).toHaveLength(1);
    const applied = must(await kit.payments.handleCallback(genuine[0]!));
    expect(applied).toMatchObject({ outcome: 'applied', payment: { status: 'paid' } });
    expect(must(await kit.payments.handleCallback(genuine[0]!)).outcome).toBe('duplicate');
  });
});
