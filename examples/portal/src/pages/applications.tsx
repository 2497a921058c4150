// «Мои заявки» (SVC-1, AUD-2): the account's applications, the certificates and decisions
// received, and the catalogue to start a new one. Whether a service's state duty is paid comes
// from the payments API: a paid payment of the duty's service type is what submit accepts.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf } from '../api';
import { formatTime, t, type MessageKey } from '../i18n';
import { Notice } from '../ui';
import { ApplicationItem, type DutyState } from './application-item';
import { CertificateDownload } from './certificate-download';
import { Card, useLoad } from './section';

/** The applications section of the services page. */
export function ApplicationsSection(): JSX.Element {
  const [catalogue, failure] = useLoad(() => api.GET('/v1/services'));
  const [list, , reloadList] = useLoad(() => api.GET('/v1/applications'));
  const [certificates, , reloadCertificates] = useLoad(() => api.GET('/v1/certificates'));
  const [charges] = useLoad(() => api.GET('/v1/charges'));
  const [payments, , reloadPayments] = useLoad(() => api.GET('/v1/payments'));
  const [error, setError] = useState<string>();
  const reload = (): void => {
    reloadList();
    reloadCertificates();
    reloadPayments();
  };
  const dutyOf = (dutyCode: string | undefined): DutyState | undefined => {
    const duty = charges?.duties.find((d) => d.code === dutyCode);
    if (duty === undefined) return undefined;
    const paid = (payments?.items ?? []).some(
      (p) => p.serviceType === duty.serviceType && p.status === 'paid',
    );
    return { name: duty.name, amount: duty.amount, paid };
  };
  return (
    <Card id="applications" title={t('applications')} failure={failure}>
      {error === undefined ? null : <Notice kind="error">{error}</Notice>}
      {list === undefined || list.items.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <ul class="my-applications">
          {list.items.map((a) => {
            const service = catalogue?.items.find((s) => s.code === a.serviceCode);
            return (
              <ApplicationItem
                key={a.id}
                app={a}
                service={service}
                duty={dutyOf(service?.dutyCode)}
                onChanged={reload}
              />
            );
          })}
        </ul>
      )}
      <h3 id="certificates-title">{t('certificates')}</h3>
      {certificates === undefined || certificates.items.length === 0 ? (
        <p data-testid="certificates-empty">{t('nothing')}</p>
      ) : (
        <ul class="certificates" aria-labelledby="certificates-title">
          {certificates.items.map((c) => (
            <li key={c.id} data-application={c.applicationId}>
              {c.title} {c.number ?? ''} — {formatTime(c.issuedAt)}{' '}
              <CertificateDownload id={c.id} title={c.title} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('catalogue')}</h3>
      <ul>
        {(catalogue?.items ?? []).map((s) => (
          <li key={s.code} data-min-level={s.minLevel} data-code={s.code}>
            {s.title} ({s.authority}, {t(`level_${s.minLevel}` as MessageKey)})
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                const r = await api.POST('/v1/applications', { body: { serviceCode: s.code } });
                if (r.data === undefined) return setError(failureOf(r).error.message);
                setError(undefined);
                reload();
              }}
            >
              {t('applyFor')} <span class="visually-hidden">{s.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
