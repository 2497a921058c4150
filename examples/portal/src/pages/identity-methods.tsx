// The identity confirmation methods for the confirmed level (ACC-7), as the API lists them, each
// with what it needs: scans, the bank's confirmation, a code by SMS, a video call at a chosen
// time, a qualified e-signature, a registered letter with a code, a visit in person (started by
// the service centre's operator). And the check under way: the code it waits for, its
// appointment, or cancel.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, csrfToken, failureOf, issuesByPath, type Failure, type Json } from '../api';
import { currentLang, formatTime, t, type MessageKey } from '../i18n';
import { Field, FileField, Notice } from '../ui';

type Method = Json<'/v1/identity', 'get'>['methods'][number];
type Check = Json<'/v1/identity', 'get'>['checks'][number];

/** What each method asks for, as form fields (`evidence.<name>`); none: a button starts it. */
const EVIDENCE: Partial<
  Record<Method, readonly { name: string; label: MessageKey; type?: string }[]>
> = {
  bank: [
    { name: 'bankId', label: 'bankId' },
    { name: 'attestationId', label: 'attestationId' },
    { name: 'cardLast4', label: 'cardLast4' },
  ],
  e_signature: [
    { name: 'certificateSerial', label: 'certificateSerial' },
    { name: 'issuer', label: 'certificateIssuer' },
  ],
  video: [{ name: 'appointmentAt', label: 'videoAt', type: 'datetime-local' }],
};

/** Sends `form` as multipart to `path` with the session's CSRF token; the answer as a result. */
async function postForm(
  path: string,
  form: FormData,
): Promise<{ ok: true } | { ok: false; failure: Failure }> {
  const token = csrfToken();
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: {
      'Accept-Language': currentLang(),
      ...(token === undefined ? {} : { 'X-CSRF-Token': token }),
    },
  });
  if (response.ok) return { ok: true };
  const error = (await response.json().catch(() => undefined)) as unknown;
  return { ok: false, failure: failureOf({ error, response }) };
}

/** The methods the API offers; while a check is open they wait (one check at a time). */
export function Methods(props: {
  methods: readonly Method[];
  busy: boolean;
  onDone: () => void;
}): JSX.Element {
  return (
    <div class="methods">
      <p>{t('raiseConfirmedIntro')}</p>
      {props.busy ? <p>{t('oneCheckAtATime')}</p> : null}
      <ul class="method-list">
        {props.methods.map((m) => (
          <li key={m} data-method={m}>
            <MethodForm method={m} busy={props.busy} onDone={props.onDone} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function MethodForm(props: { method: Method; busy: boolean; onDone: () => void }): JSX.Element {
  const { method } = props;
  const fields = EVIDENCE[method] ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<FileList | null>(null);
  const [failure, setFailure] = useState<Failure>();
  const titleId = `method-${method}`;
  const errors = issuesByPath(failure, 'evidence');
  const fileError = errors['files'];
  return (
    <form
      aria-labelledby={titleId}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const evidence = Object.fromEntries(
          fields
            .filter((f) => (values[f.name] ?? '').trim() !== '')
            .map((f) => {
              const v = values[f.name]!.trim();
              return [f.name, f.type === 'datetime-local' ? new Date(v).toISOString() : v];
            }),
        );
        if (method === 'document_upload') {
          const form = new FormData();
          form.append('method', method);
          for (const file of Array.from(files ?? [])) form.append('file', file);
          const r = await postForm('/v1/identity/confirmations', form);
          if (!r.ok) return setFailure(r.failure);
        } else {
          const r = await api.POST('/v1/identity/confirmations', {
            body: { method, evidence },
          });
          if (r.data === undefined) return setFailure(failureOf(r));
        }
        setFailure(undefined);
        props.onDone();
      }}
    >
      <h4 id={titleId}>{t(`idMethod_${method}` as MessageKey)}</h4>
      <p class="hint">{t(`idNeeds_${method}` as MessageKey)}</p>
      {method === 'in_person' ? null : (
        <>
          {fields.map((f) => (
            <Field
              key={f.name}
              label={t(f.label)}
              name={`${method}-${f.name}`}
              type={f.type ?? 'text'}
              value={values[f.name] ?? ''}
              onInput={(x) => setValues({ ...values, [f.name]: x })}
              error={errors[f.name]}
              required={f.name !== 'cardLast4'}
            />
          ))}
          {method !== 'document_upload' ? null : (
            <FileField
              id="document-upload-files"
              label={t('scans')}
              multiple
              accept="image/png,image/jpeg,application/pdf"
              error={fileError}
              errorId="document-upload-error"
              onChange={setFiles}
            />
          )}
          {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
          <button type="submit" disabled={props.busy}>
            {t('startMethod')}{' '}
            <span class="visually-hidden">{t(`idMethod_${method}` as MessageKey)}</span>
          </button>
        </>
      )}
    </form>
  );
}

/** The check under way: what it waits for (a code, the video call, the operator), and cancel. */
export function OpenCheck(props: { check: Check; onDone: () => void }): JSX.Element {
  const { check } = props;
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const path = { params: { path: { checkId: check.checkId } } };
  const wantsCode =
    (check.kind === 'sms_code' && check.state === 'awaiting_code') ||
    (check.kind === 'registered_mail' && check.state === 'in_transit');
  return (
    <section class="open-check" aria-labelledby="open-check-title" data-state={check.state}>
      <h3 id="open-check-title">
        {t('openCheck', { method: t(`idMethod_${check.kind}` as MessageKey) })}
      </h3>
      <p role="status">{t(`checkState_${check.state}` as MessageKey)}</p>
      {check.appointmentAt === undefined ? null : (
        <p>{t('videoBooked', { at: formatTime(check.appointmentAt) })}</p>
      )}
      {check.trackingNumber === undefined ? null : (
        <p>{t('trackingNumber', { n: check.trackingNumber })}</p>
      )}
      {typeof check.summary['sentTo'] === 'string' ? (
        <p>{t('codeSentTo', { to: check.summary['sentTo'] })}</p>
      ) : null}
      {!wantsCode ? null : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await api.POST('/v1/identity/checks/{checkId}/code', {
              ...path,
              body: { code: code.trim() },
            });
            if (r.data === undefined) return setFailure(failureOf(r));
            setFailure(undefined);
            props.onDone();
          }}
        >
          <Field
            label={t(check.kind === 'sms_code' ? 'code' : 'letterCode')}
            name="check-code"
            value={code}
            onInput={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={failure?.error.message}
            required
          />
          <button type="submit">{t('confirm')}</button>
        </form>
      )}
      {wantsCode || failure === undefined ? null : (
        <Notice kind="error">{failure.error.message}</Notice>
      )}
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          const r = await api.POST('/v1/identity/checks/{checkId}/cancel', path);
          if (r.data === undefined) return setFailure(failureOf(r));
          props.onDone();
        }}
      >
        {t('cancelCheck')}
      </button>
    </section>
  );
}
