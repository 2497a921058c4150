// Payments (PAY-1…PAY-5): the list filtered by period, service type and status with the four
// portal statuses; the charges and the duties that can be charged; paying a duty through the
// provider the server configures (the demo server's simulated one: SBP with a bank-app check),
// the GOST R 56042 payment QR, and a retry of a failed payment.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import encodeQR from 'qr';
import { api, failureOf, type Failure, type Json } from '../api';
import { formatTime, t, useLang } from '../i18n';
import { setSignedIn } from '../session';
import { Field, Notice, PageTitle, navigate } from '../ui';

type Payment = Json<'/v1/payments', 'get'>['items'][number];
type Charges = Json<'/v1/charges', 'get'>;

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** The payments page. */
export function PaymentsPage(): JSX.Element {
  useLang();
  const [charges, setCharges] = useState<Charges>();
  const [payments, setPayments] = useState<Payment[]>();
  const [filter, setFilter] = useState({ from: '', to: '', serviceType: '', status: '' });
  const [failure, setFailure] = useState<Failure>();
  const [action, setAction] = useState<{
    paymentId: string;
    attemptId: string;
    text: string;
    qr?: string;
  }>();
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
    const query = {
      ...(filter.from === '' ? {} : { from: toIso(filter.from) }),
      ...(filter.to === '' ? {} : { to: toIso(filter.to) }),
      ...(filter.serviceType === '' ? {} : { serviceType: filter.serviceType }),
      ...(filter.status === '' ? {} : { status: filter.status }),
    };
    const p = await api.GET('/v1/payments', { params: { query: query as never } });
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

  return (
    <div>
      <PageTitle>{t('paymentsTitle')}</PageTitle>
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {message === undefined ? null : <Notice kind="success">{message}</Notice>}
      {action === undefined ? null : (
        <section class="card" aria-labelledby="action-title">
          <h2 id="action-title">{t('confirm')}</h2>
          <p>{action.text}</p>
          {action.qr === undefined ? null : (
            <img
              class="qr"
              width={220}
              height={220}
              alt={t('gostQr')}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(encodeQR(action.qr, 'svg'))}`}
            />
          )}
          {action.qr !== undefined ? null : (
            <button
              type="button"
              onClick={async () => {
                const r = await api.POST('/v1/payments/attempts/{attemptId}/confirm', {
                  params: { path: { attemptId: action.attemptId } },
                  body: { answer: 'approve' },
                });
                if (r.data === undefined) return fail(r);
                setAction(undefined);
                const p = r.data.payment;
                setMessage(`${p.label}: ${p.stageText}`);
                await load();
              }}
            >
              {t('approveInBank')}
            </button>
          )}
        </section>
      )}
      <section class="card" aria-labelledby="charges-title">
        <h2 id="charges-title">{t('charges')}</h2>
        {charges === undefined ? (
          <p>{t('loading')}</p>
        ) : (
          <>
            {charges.items.length === 0 ? (
              <p>{t('nothing')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">УИН</th>
                    <th scope="col">{t('serviceType')}</th>
                    <th scope="col">{t('amount')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t('action')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {charges.items.map((c) => (
                    <tr key={c.uin}>
                      <td>{c.uin}</td>
                      <td>{c.serviceName ?? c.serviceType}</td>
                      <td>{c.amount} ₽</td>
                      <td>{c.status}</td>
                      <td>
                        {c.status !== 'unpaid' ? null : (
                          <>
                            <button
                              type="button"
                              onClick={async () => {
                                const created = await api.POST('/v1/payments', {
                                  body: { uin: c.uin },
                                });
                                if (created.data === undefined) return fail(created);
                                await pay(created.data.id);
                              }}
                            >
                              {t('payWith')}
                            </button>{' '}
                            <button
                              type="button"
                              class="secondary"
                              onClick={async () => {
                                const created = await api.POST('/v1/payments', {
                                  body: { uin: c.uin },
                                });
                                if (created.data === undefined) return fail(created);
                                const r = await api.POST('/v1/payments/{paymentId}/qr', {
                                  params: { path: { paymentId: created.data.id } },
                                  body: { scheme: 'gost', idempotencyKey: randomKey() },
                                });
                                if (r.data === undefined) return fail(r);
                                const qr = r.data.attempt.action?.qrPayload;
                                setAction({
                                  paymentId: created.data.id,
                                  attemptId: r.data.attempt.id,
                                  text: r.data.attempt.action?.text ?? t('gostQr'),
                                  ...(qr === undefined ? {} : { qr }),
                                });
                                await load();
                              }}
                            >
                              {t('gostQr')}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>{t('duties')}</h3>
            <ul class="duties">
              {charges.duties.map((d) => (
                <li key={d.code}>
                  {d.name} — {d.amount} ₽{' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={async () => {
                      const r = await api.POST('/v1/charges', { body: { dutyCode: d.code } });
                      if (r.data === undefined) return fail(r);
                      await load();
                    }}
                  >
                    {t('issueCharge')} <span class="visually-hidden">{d.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section class="card" aria-labelledby="payments-title">
        <h2 id="payments-title">{t('payments')}</h2>
        <form
          class="filter"
          onSubmit={(e) => {
            e.preventDefault();
            void load();
          }}
        >
          <Field
            label={t('from')}
            name="from"
            value={filter.from}
            onInput={(x) => setFilter({ ...filter, from: x })}
            inputMode="numeric"
          />
          <Field
            label={t('to')}
            name="to"
            value={filter.to}
            onInput={(x) => setFilter({ ...filter, to: x })}
            inputMode="numeric"
          />
          <div class="field">
            <label for="f-service">{t('serviceType')}</label>
            <select
              id="f-service"
              value={filter.serviceType}
              onChange={(e) => setFilter({ ...filter, serviceType: e.currentTarget.value })}
            >
              <option value="">{t('all')}</option>
              {[...new Set((charges?.duties ?? []).map((d) => d.serviceType))].map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-status">{t('status')}</label>
            <select
              id="f-status"
              value={filter.status}
              onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value })}
            >
              <option value="">{t('all')}</option>
              <option value="paid">Оплачен / paid</option>
              <option value="processing">В обработке / processing</option>
              <option value="cancelled">Отменён / cancelled</option>
              <option value="error">Ошибка / error</option>
            </select>
          </div>
          <button type="submit">{t('apply')}</button>
        </form>
        {payments === undefined ? null : payments.length === 0 ? (
          <p>{t('nothing')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('serviceType')}</th>
                <th scope="col">{t('amount')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('transaction')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p) => (
                <tr key={p.id} data-status={p.status}>
                  <td>{formatTime(p.createdAt)}</td>
                  <td>{p.serviceName ?? p.serviceType}</td>
                  <td>{p.amount} ₽</td>
                  <td>
                    <span class={`status ${p.status}`}>{p.label}</span>{' '}
                    {p.reason === undefined ? '' : `— ${p.reason.text}`}
                  </td>
                  <td>{p.transactionNumber}</td>
                  <td>
                    {p.canRetry ? (
                      <button type="button" class="secondary" onClick={() => void pay(p.id)}>
                        {t('retryPayment')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** ДД.ММ.ГГГГ → YYYY-MM-DD (the API's query format); anything else is passed on for the API to judge. */
function toIso(value: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  return m === null ? value.trim() : `${m[3]}-${m[2]}-${m[1]}`;
}
