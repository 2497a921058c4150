import type { JSX } from 'preact';
import type { Json } from '../../api';
import { formatRubles } from '../../format-rubles';
import { t } from '../../i18n';
import { TableHead } from '../../ui';

type Charges = Json<'/v1/charges', 'get'>;

/** The charges (an unpaid one paid by SBP or by the GOST QR) and the duties a charge can be issued for. */
export function ChargesCard(props: {
  charges: Charges | undefined;
  onPay: (uin: string) => Promise<void>;
  onQr: (uin: string) => Promise<void>;
  onIssue: (dutyCode: string) => Promise<void>;
}): JSX.Element {
  const charges = props.charges;
  return (
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
              <TableHead
                columns={['УИН', t('serviceType'), t('amount'), t('status')]}
                actions={t('action')}
              />
              <tbody>
                {charges.items.map((c) => (
                  <tr key={c.uin}>
                    <td>{c.uin}</td>
                    <td>{c.serviceName ?? c.serviceType}</td>
                    <td>{formatRubles(c.amount)}</td>
                    <td>{c.status}</td>
                    <td>
                      {c.status !== 'unpaid' ? null : (
                        <>
                          <button type="button" onClick={() => props.onPay(c.uin)}>
                            {t('payWith')}
                          </button>{' '}
                          <button type="button" class="secondary" onClick={() => props.onQr(c.uin)}>
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
                {d.name} — {formatRubles(d.amount)}{' '}
                <button type="button" class="secondary" onClick={() => props.onIssue(d.code)}>
                  {t('issueCharge')} <span class="visually-hidden">{d.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
