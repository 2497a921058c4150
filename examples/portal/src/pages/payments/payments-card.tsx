import type { JSX } from 'preact';
import type { Json } from '../../api';
import { formatRubles } from '../../format-rubles';
import { formatTime, t } from '../../i18n';
import { Field, TableHead } from '../../ui';
import type { PaymentsFilter } from './payments-query';

type Payment = Json<'/v1/payments', 'get'>['items'][number];

/** The payments filtered by period, service type and status, each with its status and a retry when it failed. */
export function PaymentsCard(props: {
  payments: Payment[] | undefined;
  serviceTypes: string[];
  filter: PaymentsFilter;
  onFilter: (filter: PaymentsFilter) => void;
  onApply: () => void;
  onRetry: (paymentId: string) => void;
}): JSX.Element {
  const { payments, filter } = props;
  return (
    <section class="card" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('payments')}</h2>
      <form
        class="filter"
        onSubmit={(e) => {
          e.preventDefault();
          props.onApply();
        }}
      >
        <Field
          label={t('from')}
          name="from"
          value={filter.from}
          onInput={(x) => props.onFilter({ ...filter, from: x })}
          inputMode="numeric"
        />
        <Field
          label={t('to')}
          name="to"
          value={filter.to}
          onInput={(x) => props.onFilter({ ...filter, to: x })}
          inputMode="numeric"
        />
        <div class="field">
          <label for="f-service">{t('serviceType')}</label>
          <select
            id="f-service"
            value={filter.serviceType}
            onChange={(e) => props.onFilter({ ...filter, serviceType: e.currentTarget.value })}
          >
            <option value="">{t('all')}</option>
            {props.serviceTypes.map((s) => (
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
            onChange={(e) => props.onFilter({ ...filter, status: e.currentTarget.value })}
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
          <TableHead
            columns={[t('when'), t('serviceType'), t('amount'), t('status'), t('transaction')]}
            actions={t('action')}
          />
          <tbody>
            {payments.map((p) => (
              <tr key={p.id} data-status={p.status}>
                <td>{formatTime(p.createdAt)}</td>
                <td>{p.serviceName ?? p.serviceType}</td>
                <td>{formatRubles(p.amount)}</td>
                <td>
                  <span class={`status ${p.status}`}>{p.label}</span>{' '}
                  {p.reason === undefined ? '' : `— ${p.reason.text}`}
                </td>
                <td>{p.transactionNumber}</td>
                <td>
                  {p.canRetry ? (
                    <button type="button" class="secondary" onClick={() => props.onRetry(p.id)}>
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
  );
}
