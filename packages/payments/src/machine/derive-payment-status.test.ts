import type { PaymentAttemptRecord, PaymentRecord } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { derivePaymentStatus } from './derive-payment-status.js';

const facts: Pick<
  PaymentRecord,
  'cancellation' | 'reconciliation' | 'refunds' | 'capturedKopecks'
> = { refunds: [], capturedKopecks: 0 };
const a = (sequence: number, status: PaymentAttemptRecord['status']) => ({ sequence, status });

describe('derivePaymentStatus', () => {
  it('no attempt is draft; the latest attempt decides while nothing succeeded', () => {
    expect(derivePaymentStatus(facts, [])).toBe('draft');
    expect(derivePaymentStatus(facts, [a(1, 'created')])).toBe('requires_action');
    expect(derivePaymentStatus(facts, [a(1, 'failed'), a(2, 'processing')])).toBe('processing');
    expect(derivePaymentStatus(facts, [a(2, 'failed'), a(1, 'processing')])).toBe('failed');
    expect(derivePaymentStatus(facts, [a(1, 'authorized')])).toBe('authorized');
    expect(derivePaymentStatus(facts, [a(1, 'canceled')])).toBe('failed');
  });

  it('a success beats everything: paid, reconciled on quittance 1/4/5/6 (not 2/3), refunded when refunds cover the capture', () => {
    const paid = { ...facts, capturedKopecks: 1000 };
    expect(derivePaymentStatus(paid, [a(1, 'succeeded'), a(2, 'failed')])).toBe('paid');
    for (const ack of [1, 4, 5, 6] as const)
      expect(
        derivePaymentStatus({ ...paid, reconciliation: { acknowledgment: ack, at: 0 } }, [
          a(1, 'succeeded'),
        ]),
      ).toBe('reconciled');
    for (const ack of [2, 3] as const)
      expect(
        derivePaymentStatus({ ...paid, reconciliation: { acknowledgment: ack, at: 0 } }, [
          a(1, 'succeeded'),
        ]),
      ).toBe('paid');
    const refund = (amountKopecks: number, status: 'pending' | 'succeeded' | 'failed') => ({
      id: 'rf',
      amountKopecks,
      status,
      idempotencyKey: 'rf',
      createdAt: 0,
      updatedAt: 0,
    });
    expect(
      derivePaymentStatus(
        { ...paid, refunds: [refund(400, 'succeeded'), refund(600, 'pending')] },
        [a(1, 'succeeded')],
      ),
    ).toBe('paid');
    expect(
      derivePaymentStatus(
        { ...paid, refunds: [refund(400, 'succeeded'), refund(600, 'succeeded')] },
        [a(1, 'succeeded')],
      ),
    ).toBe('refunded');
  });

  it('a cancellation counts only while nothing succeeded', () => {
    const canceled = { ...facts, cancellation: { reason: 'by_payer' as const, at: 0 } };
    expect(derivePaymentStatus(canceled, [a(1, 'canceled')])).toBe('canceled');
    expect(derivePaymentStatus({ ...canceled, capturedKopecks: 1 }, [a(1, 'succeeded')])).toBe(
      'paid',
    );
  });
});
