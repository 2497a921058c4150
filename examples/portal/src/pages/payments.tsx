// Payments (PAY-1…PAY-5): the list filtered by period, service type and status with the four
// portal statuses; the charges and the duties that can be charged; paying a duty through the
// provider the server configures (the demo server's simulated one: SBP with a bank-app check),
// the GOST R 56042 payment QR, and a retry of a failed payment. The cards are in ./payments/;
// this page holds their data and the paying flow.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../api';
import { t, useLang } from '../i18n';
import { setSignedIn } from '../session';
import { Notice, PageTitle, navigate } from '../ui';
import { ChargesCard } from './payments/charges-card';
import { PaymentAction, type PendingAction } from './payments/payment-action';
import { PaymentsCard } from './payments/payments-card';
import { paymentsQuery, type PaymentsFilter } from './payments/payments-query';
import { randomKey } from './payments/random-key';

type Payment = Json<'/v1/payments', 'get'>['items'][number];
type Charges = Json<'/v1/charges', 'get'>;

/** The payments page. */
export function PaymentsPage(): JSX.Element {
  useLang();
  const [charges, setCharges] = useState<Charges>();
  const [payments, setPayments] = useState<Payment[]>();
  const [filter, setFilter] = useState<PaymentsFilter>({
    from: '',
    to: '',
    serviceType: '',
    status: '',
  });
  const [failure, setFailure] = useState<Failure>();
  const [action, setAction] = useState<PendingAction>();
  const [message, setMessage] = useState<string>();

  const fail = (r: { error?: unknown; response: Response }): void => {
    const f = failureOf(r);
    if (f.status === 401) {
      setSignedIn(false);
      navigate('/login');
    }
    setFailure(f);
  };
  const load = async (): Promise<void> => {
    const c = await api.GET('/v1/charges');
    if (c.data === undefined) return fail(c);
    setCharges(c.data);
    const p = await api.GET('/v1/payments', {
      params: { query: paymentsQuery(filter) as never },
    });
    if (p.data === undefined) return fail(p);
    setFailure(undefined);
    setPayments(p.data.items);
  };
  useEffect(() => void load(), []);

  /** Pays a payment by SBP: binds the (simulated) SBP method once, then pays; its first use asks for the bank-app check (PAY-2). */
  const pay = async (paymentId: string): Promise<void> => {
    setMessage(undefined);
    const methods = await api.GET('/v1/payment-methods');
    if (methods.data === undefined) return fail(methods);
    let method = methods.data.methods.find((m) => m.kind === 'sbp');
    if (method === undefined) {
      // The provider's payment form would tokenise the instrument; the simulated provider takes any token.
      const bound = await api.POST('/v1/payment-methods', {
        body: {
          kind: 'sbp',
          token: `sbp${randomKey()}`,
          fingerprint: `sbp${randomKey()}`,
          label: 'SBP',
        },
      });
      if (bound.data === undefined) return fail(bound);
      method = bound.data;
    }
    const r = await api.POST('/v1/payments/{paymentId}/pay', {
      params: { path: { paymentId } },
      body: { methodId: method.id, idempotencyKey: randomKey() },
    });
    if (r.data === undefined) return fail(r);
    if (r.data.attempt.status === 'requires_action' && r.data.attempt.action !== undefined) {
      setAction({ paymentId, attemptId: r.data.attempt.id, text: r.data.attempt.action.text });
    } else setMessage(`${r.data.payment.label}: ${r.data.payment.stageText}`);
    await load();
  };

  /** Approves the pending payment in the (simulated) bank app (PAY-2). */
  const approve = async (attemptId: string): Promise<void> => {
    const r = await api.POST('/v1/payments/attempts/{attemptId}/confirm', {
      params: { path: { attemptId } },
      body: { answer: 'approve' },
    });
    if (r.data === undefined) return fail(r);
    setAction(undefined);
    const p = r.data.payment;
    setMessage(`${p.label}: ${p.stageText}`);
    await load();
  };

  /** Creates the payment of a charge; its id, or `undefined` after showing the failure. */
  const create = async (uin: string): Promise<string | undefined> => {
    const created = await api.POST('/v1/payments', { body: { uin } });
    if (created.data === undefined) return void fail(created);
    return created.data.id;
  };

  /** Pays a charge by the GOST R 56042 QR: the QR to scan becomes the pending action. */
  const payByQr = async (uin: string): Promise<void> => {
    const paymentId = await create(uin);
    if (paymentId === undefined) return;
    const r = await api.POST('/v1/payments/{paymentId}/qr', {
      params: { path: { paymentId } },
      body: { scheme: 'gost', idempotencyKey: randomKey() },
    });
    if (r.data === undefined) return fail(r);
    const qr = r.data.attempt.action?.qrPayload;
    setAction({
      paymentId,
      attemptId: r.data.attempt.id,
      text: r.data.attempt.action?.text ?? t('gostQr'),
      ...(qr === undefined ? {} : { qr }),
    });
    await load();
  };

  return (
    <div>
      <PageTitle>{t('paymentsTitle')}</PageTitle>
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {message === undefined ? null : <Notice kind="success">{message}</Notice>}
      {action === undefined ? null : (
        <PaymentAction action={action} onApprove={() => approve(action.attemptId)} />
      )}
      <ChargesCard
        charges={charges}
        onPay={async (uin) => {
          const paymentId = await create(uin);
          if (paymentId !== undefined) await pay(paymentId);
        }}
        onQr={payByQr}
        onIssue={async (dutyCode) => {
          const r = await api.POST('/v1/charges', { body: { dutyCode } });
          if (r.data === undefined) return fail(r);
          await load();
        }}
      />
      <PaymentsCard
        payments={payments}
        serviceTypes={[...new Set((charges?.duties ?? []).map((d) => d.serviceType))]}
        filter={filter}
        onFilter={setFilter}
        onApply={() => void load()}
        onRetry={(paymentId) => void pay(paymentId)}
      />
    </div>
  );
}
