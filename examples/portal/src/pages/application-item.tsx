// One application of «Мои заявки» (SVC-1): its status, confirmation number and expected
// decision date; while a draft its form, files, what submit still needs and the state duty to
// pay first; submit and withdraw as the API allows them; the authority's request for more
// information with the answer; the decision with its document.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../api';
import { currentLang, formatTime, t } from '../i18n';
import { Link, Notice } from '../ui';
import { failureText } from '../failure-text';
import { formatRubles } from '../format-rubles';
import { InfoRequest } from './application-answer';
import { ApplicationFields } from './application-fields';
import { AttachForm } from './attach-form';
import { CertificateDownload } from './certificate-download';

type MyApplication = Json<'/v1/applications', 'get'>['items'][number];
type Service = Json<'/v1/services', 'get'>['items'][number];

/** The state duty a service asks for, and whether the account has paid it. */
export interface DutyState {
  readonly name: string;
  readonly amount: string;
  readonly paid: boolean;
}

/** An ISO date (`2027-01-14`) as the UI language writes it, read as a calendar day. */
function formatDay(iso: string): string {
  const at = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(at)) return iso;
  return new Date(at).toLocaleDateString(currentLang() === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone: 'UTC',
  });
}

/** One application with everything the user may do with it now. */
export function ApplicationItem(props: {
  app: MyApplication;
  service: Service | undefined;
  duty: DutyState | undefined;
  onChanged: () => void;
}): JSX.Element {
  const { app, service } = props;
  const [failure, setFailure] = useState<Failure>();
  const titles = Object.fromEntries((service?.attachments ?? []).map((a) => [a.kind, a.title]));
  const fieldTitle = (name: string): string =>
    service?.fields.find((f) => f.name === name)?.title ?? name;
  const run = async (
    call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  ): Promise<void> => {
    const r = await call();
    if (r.data === undefined) return setFailure(failureOf(r));
    setFailure(undefined);
    props.onChanged();
  };
  const path = { params: { path: { applicationId: app.id } } };
  const label = app.number ?? service?.title ?? app.serviceCode;
  const draft = app.status === 'draft';
  const missing = [
    ...app.missing.fields.map(fieldTitle),
    ...app.missing.attachments.map((k) => titles[k] ?? k),
  ];
  return (
    <li data-status={app.status} data-id={app.id}>
      <h3 class="app-title">
        {service?.title ?? app.serviceCode}: <span class="status">{app.statusText}</span>
      </h3>
      <dl class="facts">
        {app.number === undefined ? null : (
          <>
            <dt>{t('confirmationNumber')}</dt>
            <dd data-testid="app-number">{app.number}</dd>
          </>
        )}
        {app.expectedCompletion === undefined ? null : (
          <>
            <dt>{t('expectedDecision')}</dt>
            <dd data-testid="app-expected">{formatDay(app.expectedCompletion)}</dd>
          </>
        )}
        {props.duty === undefined ? null : (
          <>
            <dt>{t('stateDuty')}</dt>
            <dd data-testid="app-duty" data-paid={String(props.duty.paid)}>
              {props.duty.name}, {formatRubles(props.duty.amount)} —{' '}
              {props.duty.paid ? t('dutyPaid') : t('dutyUnpaid')}
              {props.duty.paid || !draft ? null : (
                <>
                  {' '}
                  <Link href="/payments">{t('payDuty')}</Link>
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {draft && missing.length > 0 ? (
        <p class="missing">{t('stillMissing', { list: missing.join(', ') })}</p>
      ) : null}
      <InfoRequest app={app} titles={titles} onDone={props.onChanged} />
      {app.decision === undefined ? null : (
        <div class="decision">
          <p>
            {t(app.decision.outcome === 'approved' ? 'decisionApproved' : 'decisionRejected', {
              at: formatTime(app.decision.at),
            })}
            {app.decision.reasons.length === 0 ? '' : ` ${app.decision.reasons.join(', ')}`}
          </p>
          {app.decision.certificateId === undefined ? null : (
            <CertificateDownload id={app.decision.certificateId} title={label} />
          )}
        </div>
      )}
      {app.actions.includes('edit') && service !== undefined ? (
        <ApplicationFields app={app} fields={service.fields} onDone={props.onChanged} />
      ) : null}
      {draft && app.actions.includes('attach') && app.missing.attachments.length > 0 ? (
        <AttachForm
          id={app.id}
          kinds={app.missing.attachments}
          titles={titles}
          onDone={props.onChanged}
        />
      ) : null}
      {app.attachments.length === 0 ? null : (
        <ul class="attachments">
          {app.attachments.map((f) => (
            <li key={f.id}>
              {titles[f.kind] ?? f.kind}: {f.name ?? f.mediaType} ({Math.round(f.size / 1024)} kB)
            </li>
          ))}
        </ul>
      )}
      {failure === undefined ? null : <Notice kind="error">{failureText(failure)}</Notice>}
      <div class="actions">
        {app.actions.includes('submit') ? (
          <button
            type="button"
            onClick={() =>
              void run(() => api.POST('/v1/applications/{applicationId}/submit', path))
            }
          >
            {t('submitApplication')} <span class="visually-hidden">{label}</span>
          </button>
        ) : null}
        {app.actions.includes('withdraw') ? (
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void run(() => api.POST('/v1/applications/{applicationId}/withdraw', path))
            }
          >
            {t('withdraw')} <span class="visually-hidden">{label}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
