import type { PaymentRecord, PaymentStatus } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { describeAction } from './describe-action.js';
import { describePayment } from './describe-payment.js';
import { toPortalStatus } from './to-portal-status.js';

const payment: PaymentRecord = {
  id: 'pay_1',
  accountId: 'acc_1',
  uin: '32117072411021588933',
  serviceType: 'work_patent',
  serviceName: 'Патент на работу',
  amountKopecks: 350_000,
  status: 'draft',
  transactionNumber: '2601151234567890',
  createdAt: 0,
  updatedAt: 0,
  attemptCount: 0,
  capturedKopecks: 0,
  refunds: [],
};

describe('the portal view (PAY-3)', () => {
  it('PAY-3: every status projects onto Оплачен / В обработке / Отменён / Ошибка', () => {
    const expected: Record<PaymentStatus, string> = {
      draft: 'В обработке',
      requires_action: 'В обработке',
      processing: 'В обработке',
      authorized: 'В обработке',
      requires_review: 'В обработке',
      failed: 'Ошибка',
      paid: 'Оплачен',
      reconciled: 'Оплачен',
      canceled: 'Отменён',
      refunded: 'Отменён',
    };
    for (const [status, label] of Object.entries(expected) as [PaymentStatus, string][]) {
      expect(describePayment({ ...payment, status }, 'ru').label).toBe(label);
    }
    expect(describePayment({ ...payment, status: 'paid' }, 'en').label).toBe('Paid');
    expect(toPortalStatus('failed')).toBe('error');
  });

  it('PAY-3: paid and reconciled share the label but not the stage text', () => {
    const paid = describePayment({ ...payment, status: 'paid' }, 'ru');
    const reconciled = describePayment({ ...payment, status: 'reconciled' }, 'ru');
    expect(paid.label).toBe(reconciled.label);
    expect(paid.stageText).toBe('Оплачен, ожидает подтверждения в ГИС ГМП');
    expect(reconciled.stageText).toBe('Оплачен и подтверждён в ГИС ГМП');
  });

  it('PAY-4: an error carries our reason with the provider code, retry allowed; the transaction number is shown', () => {
    const view = describePayment(
      {
        ...payment,
        status: 'failed',
        lastFailure: {
          code: 'insufficient_funds',
          providerCode: '51',
          party: 'payer_bank',
          attemptId: 'att_1',
          at: 0,
        },
      },
      'ru',
    );
    expect(view.reason).toEqual({
      code: 'insufficient_funds',
      providerCode: '51',
      text: 'Недостаточно средств',
    });
    expect(view.canRetry).toBe(true);
    expect(view.transactionNumber).toBe('2601151234567890');
    expect(view.amount).toBe('3\u00A0500,00\u00A0₽');
    expect(
      describePayment(
        {
          ...payment,
          status: 'paid',
          lastFailure: { code: 'expired', providerCode: 'x', attemptId: 'a', at: 0 },
        },
        'en',
      ).reason,
    ).toBeUndefined();
    expect(describePayment({ ...payment, status: 'paid' }, 'en').canRetry).toBe(false);
  });

  it('tells the payer what to do', () => {
    expect(describeAction({ kind: 'sms_code', challengeId: 'c' }, 'ru')).toBe('Введите код из SMS');
    expect(describeAction({ kind: 'qr_scan' }, 'en')).toBe('Scan the QR code in your bank app');
  });
});
