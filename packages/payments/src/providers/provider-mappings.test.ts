import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../_lib/hmac.js';
import { mapAcquirerPayment } from './map-acquirer-payment.js';
import { mapSbpOrder } from './map-sbp-order.js';
import { mapStripePaymentIntent } from './map-stripe-payment-intent.js';
import { mapYookassaPayment } from './map-yookassa-payment.js';
import { parseAcquirerNotification } from './parse-acquirer-notification.js';
import { parseSbpNotification } from './parse-sbp-notification.js';
import { parseStripeEvent } from './parse-stripe-event.js';
import { parseYookassaNotification } from './parse-yookassa-notification.js';
import {
  ACQUIRER_STATUSES,
  ISO8583_RESPONSE_CODES,
  SBP_BANK_STATUSES,
  STRIPE_DECLINE_CODES,
  YOOKASSA_CANCELLATION_REASONS,
} from './_lib/provider-tables.js';
import { verifyStripeSignature } from './verify-stripe-signature.js';

const codes = (r: { success: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);
const yk = (over: Record<string, unknown>) => ({
  id: '2d3f',
  status: 'pending',
  paid: false,
  amount: { value: '3500.00', currency: 'RUB' },
  metadata: { reference: 'att_1' },
  ...over,
});

describe('YooKassa mapping', () => {
  it('maps statuses; pending waits for the payer only while a confirmation is open', () => {
    expect(
      mapYookassaPayment(
        yk({ confirmation: { type: 'redirect', confirmation_url: 'https://yoomoney.ru/x' } }),
      ),
    ).toMatchObject({
      success: true,
      data: {
        status: 'requires_action',
        action: { kind: 'redirect', url: 'https://yoomoney.ru/x' },
        reference: 'att_1',
      },
    });
    expect(
      mapYookassaPayment(
        yk({ confirmation: { type: 'qr', confirmation_data: 'https://qr.nspk.ru/AS1' } }),
      ),
    ).toMatchObject({
      success: true,
      data: {
        status: 'requires_action',
        action: { kind: 'qr_scan', qrPayload: 'https://qr.nspk.ru/AS1' },
      },
    });
    expect(mapYookassaPayment(yk({}))).toMatchObject({
      success: true,
      data: { status: 'processing', amountKopecks: 350_000 },
    });
    expect(mapYookassaPayment(yk({ status: 'waiting_for_capture', paid: true }))).toMatchObject({
      success: true,
      data: { status: 'authorized', capturedKopecks: 0 },
    });
    expect(
      mapYookassaPayment(
        yk({
          status: 'succeeded',
          paid: true,
          refunded_amount: { value: '100.00', currency: 'RUB' },
        }),
      ),
    ).toMatchObject({
      success: true,
      data: { status: 'succeeded', capturedKopecks: 350_000, refundedKopecks: 10_000 },
    });
  });

  it('PAY-4: all 20 cancellation reasons map to our codes; only canceled_by_merchant is a cancellation; the party is kept', () => {
    expect(Object.keys(YOOKASSA_CANCELLATION_REASONS)).toHaveLength(20);
    for (const [reason, row] of Object.entries(YOOKASSA_CANCELLATION_REASONS)) {
      const r = mapYookassaPayment(
        yk({ status: 'canceled', cancellation_details: { party: 'payment_network', reason } }),
      );
      expect(r.success && r.data.status).toBe(row.status);
      if (row.status === 'failed')
        expect(r.success && r.data.failure).toEqual({
          code: row.code,
          providerCode: reason,
          party: 'payer_bank',
        });
    }
    expect(YOOKASSA_CANCELLATION_REASONS['canceled_by_merchant']!.status).toBe('canceled');
    expect(YOOKASSA_CANCELLATION_REASONS['expired_on_confirmation']).toEqual({
      status: 'failed',
      code: 'expired',
    });
    expect(
      mapYookassaPayment(
        yk({
          status: 'canceled',
          cancellation_details: { party: 'yoo_money', reason: 'brand_new_reason' },
        }),
      ),
    ).toMatchObject({
      success: true,
      data: {
        failure: { code: 'declined_other', providerCode: 'brand_new_reason', party: 'provider' },
      },
    });
  });

  it('rejects other currencies, float-ish amounts and unknown statuses', () => {
    expect(codes(mapYookassaPayment(yk({ amount: { value: '10.00', currency: 'USD' } })))).toEqual([
      'money.currency',
    ]);
    expect(codes(mapYookassaPayment(yk({ amount: { value: 10, currency: 'RUB' } })))).toEqual([
      'input.not_a_string',
    ]);
    expect(codes(mapYookassaPayment(yk({ amount: { value: '10.001', currency: 'RUB' } })))).toEqual(
      ['money.too_many_fraction_digits'],
    );
    expect(codes(mapYookassaPayment(yk({ status: 'weird' })))).toEqual([
      'payment.callback.malformed',
    ]);
    expect(codes(mapYookassaPayment(null))).toEqual(['payment.callback.malformed']);
  });

  it('notifications are never authenticated and dedupe on object id and status; refunds carry our id', () => {
    const body = JSON.stringify({
      type: 'notification',
      event: 'payment.succeeded',
      object: yk({ status: 'succeeded', paid: true }),
    });
    expect(parseYookassaNotification({ body, headers: {} })).toMatchObject({
      success: true,
      data: { kind: 'payment', eventKey: '2d3f:succeeded', authenticated: false },
    });
    const refund = JSON.stringify({
      type: 'notification',
      event: 'refund.succeeded',
      object: {
        id: 'rf9',
        payment_id: '2d3f',
        status: 'succeeded',
        amount: { value: '1.00', currency: 'RUB' },
        metadata: { refund_id: 'rf_1' },
      },
    });
    expect(parseYookassaNotification({ body: refund, headers: {} })).toMatchObject({
      success: true,
      data: {
        kind: 'refund',
        refund: {
          refundId: 'rf_1',
          providerPaymentId: '2d3f',
          status: 'succeeded',
          amountKopecks: 100,
        },
      },
    });
    expect(codes(parseYookassaNotification({ body: '{', headers: {} }))).toEqual([
      'payment.callback.malformed',
    ]);
    expect(
      codes(
        parseYookassaNotification({
          body: JSON.stringify({ event: 'payout.succeeded', object: {} }),
          headers: {},
        }),
      ),
    ).toEqual(['payment.callback.malformed']);
  });
});

describe('Stripe mapping and signatures', () => {
  const intent = (over: Record<string, unknown>) => ({
    id: 'pi_1',
    object: 'payment_intent',
    status: 'processing',
    amount: 350_000,
    amount_received: 0,
    currency: 'rub',
    metadata: { reference: 'att_1' },
    ...over,
  });
  const secret = 'whsec_test';
  const signed = (body: string, t: number, key = secret) => ({
    body,
    headers: { 'stripe-signature': `t=${t},v1=${hmacSha256Hex(key, `${t}.${body}`)}` },
  });

  it('maps a declined attempt (requires_payment_method + last_payment_error) to failed with the decline code', () => {
    expect(
      mapStripePaymentIntent(
        intent({
          status: 'requires_payment_method',
          last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' },
        }),
      ),
    ).toMatchObject({
      success: true,
      data: {
        status: 'failed',
        failure: { code: 'insufficient_funds', providerCode: 'insufficient_funds' },
      },
    });
    expect(mapStripePaymentIntent(intent({ status: 'requires_payment_method' }))).toMatchObject({
      success: true,
      data: { status: 'created' },
    });
    expect(mapStripePaymentIntent(intent({ status: 'requires_capture' }))).toMatchObject({
      success: true,
      data: { status: 'authorized' },
    });
    expect(
      mapStripePaymentIntent(intent({ status: 'succeeded', amount_received: 350_000 })),
    ).toMatchObject({ success: true, data: { status: 'succeeded', capturedKopecks: 350_000 } });
    expect(
      mapStripePaymentIntent(intent({ status: 'canceled', cancellation_reason: 'automatic' })),
    ).toMatchObject({ success: true, data: { status: 'failed', failure: { code: 'expired' } } });
    expect(
      mapStripePaymentIntent(
        intent({ status: 'canceled', cancellation_reason: 'requested_by_customer' }),
      ),
    ).toMatchObject({ success: true, data: { status: 'canceled' } });
    expect(
      mapStripePaymentIntent(
        intent({
          status: 'requires_action',
          next_action: {
            type: 'redirect_to_url',
            redirect_to_url: { url: 'https://hooks.stripe.com/3ds' },
          },
        }),
      ),
    ).toMatchObject({
      success: true,
      data: { action: { kind: 'three_ds', url: 'https://hooks.stripe.com/3ds' } },
    });
    for (const [code, ours] of Object.entries(STRIPE_DECLINE_CODES)) {
      const r = mapStripePaymentIntent(
        intent({
          status: 'requires_payment_method',
          last_payment_error: { code: 'card_declined', decline_code: code },
        }),
      );
      expect(r.success && r.data.failure?.code).toBe(ours);
    }
    expect(codes(mapStripePaymentIntent(intent({ currency: 'usd' })))).toEqual(['money.currency']);
    expect(codes(mapStripePaymentIntent(intent({ amount: 12.5 })))).toEqual([
      'payment.callback.malformed',
    ]);
  });

  it('verifies the signature over the raw body, the timestamp window, and accepts any matching v1', () => {
    const body = JSON.stringify({
      id: 'evt_1',
      type: 'payment_intent.succeeded',
      data: { object: intent({ status: 'succeeded', amount_received: 350_000 }) },
    });
    const t = 1_767_225_600;
    expect(parseStripeEvent(signed(body, t), { secret, now: t * 1000 })).toMatchObject({
      success: true,
      data: { eventKey: 'evt_1', authenticated: true, payment: { status: 'succeeded' } },
    });
    expect(
      codes(parseStripeEvent(signed(body, t, 'whsec_other'), { secret, now: t * 1000 })),
    ).toEqual(['payment.callback.signature']);
    expect(
      codes(
        parseStripeEvent(
          { ...signed(body, t), body: body.replace('350000', '350001') },
          { secret, now: t * 1000 },
        ),
      ),
    ).toEqual(['payment.callback.signature']);
    expect(codes(parseStripeEvent(signed(body, t), { secret, now: t * 1000 + 300_001 }))).toEqual([
      'payment.callback.signature',
    ]);
    const good = signed(body, t).headers['stripe-signature'];
    expect(
      verifyStripeSignature(
        body,
        `t=${t},v1=${'0'.repeat(64)},${good.split(',')[1]}`,
        secret,
        t * 1000,
      ),
    ).toBe(true);
    expect(verifyStripeSignature(body, undefined, secret, t * 1000)).toBe(false);
    expect(verifyStripeSignature(body, 'garbage', secret, t * 1000)).toBe(false);
    const refund = JSON.stringify({
      id: 'evt_2',
      type: 'refund.updated',
      data: {
        object: {
          id: 're_1',
          payment_intent: 'pi_1',
          amount: 100,
          status: 'succeeded',
          metadata: { refund_id: 'rf_1' },
        },
      },
    });
    expect(parseStripeEvent(signed(refund, t), { secret, now: t * 1000 })).toMatchObject({
      success: true,
      data: { kind: 'refund', refund: { refundId: 'rf_1', status: 'succeeded' } },
    });
  });
});

describe('generic acquirer and SBP per bank', () => {
  it('maps acquirer statuses and ISO 8583 response codes', () => {
    expect(
      mapAcquirerPayment({
        PaymentId: '7',
        OrderId: 'att_1',
        Status: 'REJECTED',
        Amount: 350_000,
        ErrorCode: '51',
      }),
    ).toMatchObject({
      success: true,
      data: {
        status: 'failed',
        failure: { code: 'insufficient_funds', providerCode: '51' },
        reference: 'att_1',
      },
    });
    expect(
      mapAcquirerPayment({ PaymentId: '7', Status: 'REJECTED', Amount: 1, ErrorCode: '99' }),
    ).toMatchObject({ success: true, data: { failure: { code: 'declined_other' } } });
    expect(mapAcquirerPayment({ PaymentId: '7', Status: 'AUTH_FAIL', Amount: 1 })).toMatchObject({
      success: true,
      data: { failure: { code: 'authentication_failed', providerCode: 'AUTH_FAIL' } },
    });
    expect(
      mapAcquirerPayment({
        PaymentId: '7',
        Status: '3DS_CHECKING',
        Amount: 1,
        PaymentURL: 'https://acs',
      }),
    ).toMatchObject({
      success: true,
      data: { status: 'requires_action', action: { kind: 'three_ds', url: 'https://acs' } },
    });
    expect(
      mapAcquirerPayment({
        PaymentId: '7',
        Status: 'PARTIAL_REFUNDED',
        Amount: 100,
        RefundedAmount: 40,
      }),
    ).toMatchObject({
      success: true,
      data: { status: 'succeeded', capturedKopecks: 100, refundedKopecks: 40 },
    });
    expect(Object.keys(ACQUIRER_STATUSES)).toContain('DEADLINE_EXPIRED');
    expect(ISO8583_RESPONSE_CODES['51']).toBe('insufficient_funds');
    expect(
      codes(mapAcquirerPayment({ PaymentId: '7', Status: 'CONFIRMED', Amount: '100' })),
    ).toEqual(['payment.callback.malformed']);
  });

  it('acquirer notifications need the HMAC of the raw body', () => {
    const body = JSON.stringify({ PaymentId: '7', Status: 'CONFIRMED', Amount: 100 });
    expect(
      parseAcquirerNotification(
        { body, headers: { 'x-signature': hmacSha256Hex('s', body) } },
        { secret: 's' },
      ),
    ).toMatchObject({ success: true, data: { eventKey: '7:CONFIRMED', authenticated: true } });
    expect(
      codes(
        parseAcquirerNotification(
          { body, headers: { 'x-signature': hmacSha256Hex('t', body) } },
          { secret: 's' },
        ),
      ),
    ).toEqual(['payment.callback.signature']);
    expect(codes(parseAcquirerNotification({ body, headers: {} }, { secret: 's' }))).toEqual([
      'payment.callback.signature',
    ]);
  });

  it('SBP: each bank has its own vocabulary; the same meaning maps the same way', () => {
    expect(mapSbpOrder('sber', { id: 'o', status: 'ON_PAYMENT', amount: '3500.00' })).toMatchObject(
      { success: true, data: { status: 'processing', amountKopecks: 350_000 } },
    );
    expect(mapSbpOrder('tochka', { id: 'o', status: 'Accepted', amount: '3500.00' })).toMatchObject(
      { success: true, data: { status: 'succeeded', capturedKopecks: 350_000 } },
    );
    expect(mapSbpOrder('tbank', { id: 'o', status: 'EXPIRED', amount: '1' })).toMatchObject({
      success: true,
      data: { status: 'failed', failure: { code: 'expired', providerCode: 'EXPIRED' } },
    });
    expect(codes(mapSbpOrder('tbank', { id: 'o', status: 'ON_PAYMENT', amount: '1' }))).toEqual([
      'payment.callback.malformed',
    ]);
    for (const bank of ['sber', 'tbank', 'tochka'] as const) {
      const finals = Object.values(SBP_BANK_STATUSES[bank]).map((r) => r.status);
      expect(finals).toContain('succeeded');
    }
    expect(
      parseSbpNotification('sber', {
        body: JSON.stringify({ id: 'o1', status: 'PAID', amount: '1.00' }),
        headers: {},
      }),
    ).toMatchObject({ success: true, data: { eventKey: 'sber:o1:PAID', authenticated: false } });
  });

  test.prop([
    fc.string({ maxLength: 200 }),
    fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 80 })),
  ])('S-17: no callback parser throws on arbitrary bodies and headers', (body, headers) => {
    for (const r of [
      parseYookassaNotification({ body, headers }),
      parseStripeEvent({ body, headers }, { secret: 's', now: 0 }),
      parseAcquirerNotification({ body, headers }, { secret: 's' }),
      parseSbpNotification('tochka', { body, headers }),
    ]) {
      expect(typeof r.success).toBe('boolean');
    }
  });
});
