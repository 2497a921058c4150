import { KabinetError } from '@kabinet/core';
import type { AttemptStatus, FailureCode } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { attemptMachine } from '../machine/attempt-machine.js';
import { renderNative, type SimObject } from './_lib/sim-render.js';
import { createSimulatedProvider } from './create-simulated-provider.js';
import type { SimulatedDialect } from './simulated-provider.js';
import { mapAcquirerPayment } from '../providers/map-acquirer-payment.js';
import { mapSbpOrder } from '../providers/map-sbp-order.js';
import { mapStripePaymentIntent } from '../providers/map-stripe-payment-intent.js';
import { mapYookassaPayment } from '../providers/map-yookassa-payment.js';
import { createFakeClock } from '@kabinet/core/testing';

const DIALECTS: readonly SimulatedDialect[] = ['acquirer', 'yookassa', 'stripe', 'sbp-sber'];
const FAILURES: readonly FailureCode[] = [
  'insufficient_funds',
  'invalid_details',
  'authentication_failed',
  'limit_exceeded',
  'method_restricted',
  'issuer_unavailable',
  'fraud_suspected',
  'expired',
  'declined_other',
];
const map = (dialect: SimulatedDialect, native: unknown) =>
  dialect === 'acquirer'
    ? mapAcquirerPayment(native)
    : dialect === 'yookassa'
      ? mapYookassaPayment(native)
      : dialect === 'stripe'
        ? mapStripePaymentIntent(native)
        : mapSbpOrder('sber', native);

const request = {
  reference: 'att_1',
  paymentId: 'pay_1',
  amountKopecks: 350_000,
  uin: '32117072411021588933',
  description: 'Госпошлина',
  capture: 'automatic' as const,
};

describe('simulated provider: it speaks each vocabulary through the real mapping tables', () => {
  it('every state the simulator can be in maps back to itself in every dialect (YooKassa and Sber have no separate "created")', () => {
    // Every state of the attempt table, so a state added there is checked here too.
    const statuses: readonly AttemptStatus[] = attemptMachine.states;
    for (const dialect of DIALECTS) {
      for (const status of statuses) {
        if (dialect === 'sbp-sber' && status === 'authorized') continue; // SBP is single-stage: never held
        for (const failureCode of status === 'failed' ? FAILURES : [undefined]) {
          const o: SimObject = {
            id: 'obj1',
            reference: 'att_1',
            amount: 350_000,
            capture: 'automatic',
            status,
            captured: status === 'succeeded' ? 350_000 : 0,
            refunded: 0,
            wasAuthorized: false,
            ...(failureCode === undefined ? {} : { failureCode }),
          };
          const mapped = map(dialect, renderNative(dialect, o));
          expect(mapped.success, `${dialect} ${status}`).toBe(true);
          if (!mapped.success) continue;
          const expected =
            status === 'created' && (dialect === 'yookassa' || dialect === 'sbp-sber')
              ? 'requires_action'
              : status;
          expect(mapped.data.status, `${dialect} ${status}`).toBe(expected);
          if (failureCode !== undefined)
            expect(mapped.data.failure?.code, `${dialect} ${failureCode}`).toBe(
              dialect === 'sbp-sber' && failureCode !== 'expired' ? 'declined_other' : failureCode,
            );
          expect(mapped.data.amountKopecks).toBe(350_000);
        }
      }
    }
  });

  it('emits callbacks its own parser accepts, signed where the dialect signs', async () => {
    for (const dialect of DIALECTS) {
      const clock = createFakeClock();
      const provider = createSimulatedProvider({ clock, dialect });
      const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
      const created = await provider.create({ ...request, idempotencyKey: `${dialect}:create` });
      await provider.confirm({
        providerPaymentId: created.providerPaymentId,
        method: { kind: 'card', token: card.token },
        idempotencyKey: `${dialect}:confirm`,
      });
      const callbacks = provider.takeCallbacks();
      expect(callbacks.length).toBeGreaterThan(0);
      for (const cb of callbacks) {
        const parsed = await provider.parseCallback(cb);
        expect(parsed.success, dialect).toBe(true);
        if (parsed.success)
          expect(parsed.data.authenticated).toBe(dialect === 'acquirer' || dialect === 'stripe');
      }
      const last = await provider.parseCallback(callbacks[callbacks.length - 1]!);
      expect(last.success && last.data.kind === 'payment' && last.data.payment.status).toBe(
        'succeeded',
      );
      expect(provider.takeCallbacks()).toEqual([]);
      if (dialect === 'acquirer' || dialect === 'stripe') {
        const forged = { ...callbacks[0]!, body: callbacks[0]!.body.replace('350000', '350001') };
        expect((await provider.parseCallback(forged)).success).toBe(false);
      }
    }
  });
});

describe('simulated provider: controls and guarantees', () => {
  it('idempotency: a key replays its first response; the same key with other parameters throws', async () => {
    const provider = createSimulatedProvider({ clock: createFakeClock() });
    const a = await provider.create({ ...request, idempotencyKey: 'k1' });
    const b = await provider.create({ ...request, idempotencyKey: 'k1' });
    expect(b).toEqual(a);
    await expect(
      provider.create({ ...request, amountKopecks: 1, idempotencyKey: 'k1' }),
    ).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_PROVIDER_IDEMPOTENCY',
    );
  });

  it('capture happens once per object: a repeated key replays, another key finds nothing to capture', async () => {
    const provider = createSimulatedProvider({ clock: createFakeClock() });
    const card = provider.tokenize({ kind: 'card', number: '5555555555554444' });
    expect(card.network).toBe('mastercard');
    const created = await provider.create({ ...request, capture: 'manual', idempotencyKey: 'c1' });
    const held = await provider.confirm({
      providerPaymentId: created.providerPaymentId,
      method: { kind: 'card', token: card.token },
      idempotencyKey: 'c2',
    });
    expect(held.status).toBe('authorized');
    const first = await provider.capture({
      providerPaymentId: created.providerPaymentId,
      amountKopecks: 350_000,
      idempotencyKey: 'cap',
    });
    const again = await provider.capture({
      providerPaymentId: created.providerPaymentId,
      amountKopecks: 350_000,
      idempotencyKey: 'cap',
    });
    const other = await provider.capture({
      providerPaymentId: created.providerPaymentId,
      amountKopecks: 350_000,
      idempotencyKey: 'cap-2',
    });
    expect([first.status, again.status, other.status]).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    expect(other.capturedKopecks).toBe(350_000);
    expect(provider.native(created.providerPaymentId)).toMatchObject({ Status: 'CONFIRMED' });
  });

  it('balances and queued outcomes decide; QR and 3-D Secure wait for the payer; pending waits for settle', async () => {
    const provider = createSimulatedProvider({ clock: createFakeClock() });
    const card = provider.tokenize({ kind: 'card', number: '2200 0000 0000 0004' });
    expect(card.label).toBe('Мир •••• 0004');
    provider.setBalance(card.token, 100);
    const p1 = await provider.create({ ...request, idempotencyKey: 'p1' });
    expect(
      (
        await provider.confirm({
          providerPaymentId: p1.providerPaymentId,
          method: { kind: 'card', token: card.token },
          idempotencyKey: 'p1c',
        })
      ).failure?.code,
    ).toBe('insufficient_funds');
    provider.setBalance(card.token, 1_000_000);
    provider.queueOutcome('require_action', 'pending');
    const p2 = await provider.create({ ...request, reference: 'att_2', idempotencyKey: 'p2' });
    const waiting = await provider.confirm({
      providerPaymentId: p2.providerPaymentId,
      method: { kind: 'card', token: card.token },
      idempotencyKey: 'p2c',
    });
    expect(waiting).toMatchObject({ status: 'requires_action', action: { kind: 'three_ds' } });
    provider.completeAction(p2.providerPaymentId);
    expect((await provider.getStatus(p2.providerPaymentId)).status).toBe('succeeded');
    const p3 = await provider.create({ ...request, reference: 'att_3', idempotencyKey: 'p3' });
    expect(
      (
        await provider.confirm({
          providerPaymentId: p3.providerPaymentId,
          method: { kind: 'card', token: card.token },
          idempotencyKey: 'p3c',
        })
      ).status,
    ).toBe('processing');
    provider.settle(p3.providerPaymentId, { fail: 'issuer_unavailable' });
    expect((await provider.getStatus(p3.providerPaymentId)).failure?.code).toBe(
      'issuer_unavailable',
    );
    const p4 = await provider.create({ ...request, reference: 'att_4', idempotencyKey: 'p4' });
    const qr = await provider.confirm({
      providerPaymentId: p4.providerPaymentId,
      method: { kind: 'sbp' },
      idempotencyKey: 'p4c',
    });
    expect(qr.action?.kind).toBe('qr_scan');
    expect(qr.action?.qrPayload).toMatch(/^https:\/\/qr\.nspk\.ru\//);
    provider.completeAction(p4.providerPaymentId, 'decline');
    expect((await provider.getStatus(p4.providerPaymentId)).failure?.code).toBe(
      'authentication_failed',
    );
  });

  it('refunds never exceed the capture; cancel refuses a payment already with the bank', async () => {
    const provider = createSimulatedProvider({ clock: createFakeClock(), dialect: 'yookassa' });
    const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
    const p = await provider.create({ ...request, idempotencyKey: 'r1' });
    await provider.confirm({
      providerPaymentId: p.providerPaymentId,
      method: { kind: 'card', token: card.token },
      idempotencyKey: 'r1c',
    });
    expect(
      (
        await provider.refund({
          providerPaymentId: p.providerPaymentId,
          refundId: 'rf_1',
          amountKopecks: 300_000,
          idempotencyKey: 'rf1',
        })
      ).status,
    ).toBe('succeeded');
    expect(
      (
        await provider.refund({
          providerPaymentId: p.providerPaymentId,
          refundId: 'rf_2',
          amountKopecks: 50_001,
          idempotencyKey: 'rf2',
        })
      ).status,
    ).toBe('failed');
    const r = await provider.refund({
      providerPaymentId: p.providerPaymentId,
      refundId: 'rf_3',
      amountKopecks: 50_000,
      idempotencyKey: 'rf3',
    });
    expect(await provider.getRefund!(r.providerRefundId)).toEqual(r);
    expect((await provider.getStatus(p.providerPaymentId)).refundedKopecks).toBe(350_000);
    provider.queueOutcome('pending');
    const q = await provider.create({ ...request, reference: 'att_q', idempotencyKey: 'q1' });
    await provider.confirm({
      providerPaymentId: q.providerPaymentId,
      method: { kind: 'card', token: card.token },
      idempotencyKey: 'q1c',
    });
    expect(
      (await provider.cancel({ providerPaymentId: q.providerPaymentId, idempotencyKey: 'q1x' }))
        .status,
    ).toBe('processing');
  });

  it('failNextCall: before — nothing happens; after — the effect happens and the response is lost', async () => {
    const provider = createSimulatedProvider({ clock: createFakeClock() });
    provider.failNextCall('create', 'before');
    await expect(provider.create({ ...request, idempotencyKey: 'f1' })).rejects.toSatisfy(
      (e: unknown) => KabinetError.isInstance(e) && e.code === 'ERR_PROVIDER_UNAVAILABLE',
    );
    provider.failNextCall('create', 'after');
    await expect(provider.create({ ...request, idempotencyKey: 'f2' })).rejects.toThrow(
      /after its effect/,
    );
    const replay = await provider.create({ ...request, idempotencyKey: 'f2' });
    expect(replay.status).toBe('created');
    expect(provider.calls.filter((c) => c.operation === 'create')).toHaveLength(3);
  });
});

describe('simulated provider: no secret in the source', () => {
  it('S-16: without a secret each provider draws its own, so a callback signed with a constant (the old `sim-secret`) or by another instance is refused', async () => {
    const { createHmac } = await import('node:crypto');
    const clock = createFakeClock();
    const provider = createSimulatedProvider({ clock, dialect: 'acquirer' });
    const body = JSON.stringify({
      PaymentId: '700001',
      OrderId: 'att_1',
      Status: 'CONFIRMED',
      Amount: 350_000,
    });
    const forged = await provider.parseCallback({
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature': createHmac('sha256', 'sim-secret').update(body).digest('hex'),
      },
    });
    expect(forged.success ? [] : forged.issues.map((i) => i.code)).toEqual([
      'payment.callback.signature',
    ]);
    const other = createSimulatedProvider({ clock, dialect: 'acquirer' });
    const created = await other.create({ ...request, idempotencyKey: 'k1' });
    other.settle(created.providerPaymentId);
    for (const callback of other.takeCallbacks()) {
      const parsed = await provider.parseCallback(callback);
      expect(parsed.success ? [] : parsed.issues.map((i) => i.code)).toEqual([
        'payment.callback.signature',
      ]);
      expect((await other.parseCallback(callback)).success).toBe(true);
    }
  });

  it('S-16: a short secret is refused (ERR_INVALID_ARGUMENT)', () => {
    expect(() => createSimulatedProvider({ clock: createFakeClock(), secret: 'short' })).toThrow(
      KabinetError,
    );
  });
});
