import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { t } from '../../i18n';
import { Countdown, Field } from '../../ui';
import type { Access, Draft } from './steps';

/** One contact of the draft with its state; until confirmed, sends its code and takes it back. */
export function CodeBox(props: {
  channel: 'phone' | 'email';
  access: Access;
  contact: { masked: string; confirmed: boolean };
  onConfirmed: (d: Draft) => void;
}): JSX.Element {
  const [sentTo, setSentTo] = useState<string>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [retryUntil, setRetryUntil] = useState<number>();
  const label = props.channel === 'phone' ? t('phone') : t('email');
  const fail = (f: Failure): void => {
    setFailure(f);
    setRetryUntil(f.retryAfter === undefined ? undefined : Date.now() + f.retryAfter * 1000);
  };
  return (
    <section class="code-box" aria-labelledby={`code-${props.channel}`}>
      <h3 id={`code-${props.channel}`}>
        {label}: {props.contact.masked} —{' '}
        <span class={props.contact.confirmed ? 'ok' : ''}>
          {props.contact.confirmed ? t('confirmed') : t('notConfirmed')}
        </span>
      </h3>
      {props.contact.confirmed ? null : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (code.trim() === '')
              return fail({ status: 0, error: { code: 'input.required', message: t('required') } });
            const r = await api.POST('/v1/registration/drafts/{draftId}/codes/confirm', {
              ...props.access,
              body: { channel: props.channel, code },
            });
            if (r.data === undefined) return fail(failureOf(r));
            setFailure(undefined);
            setRetryUntil(undefined);
            props.onConfirmed(r.data.draft);
          }}
        >
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              const r = await api.POST('/v1/registration/drafts/{draftId}/codes', {
                ...props.access,
                body: { channel: props.channel },
              });
              if (r.data === undefined) return fail(failureOf(r));
              setFailure(undefined);
              setSentTo(r.data.sentTo);
            }}
          >
            {t('sendCode')}
          </button>
          {sentTo === undefined ? null : <p role="status">{t('codeSentTo', { to: sentTo })}</p>}
          <Field
            label={`${t('code')} (${label})`}
            name={`code-${props.channel}`}
            value={code}
            onInput={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={failure?.error.message}
          />
          {retryUntil === undefined ? null : (
            <Countdown until={retryUntil} onDone={() => setRetryUntil(undefined)} />
          )}
          <button type="submit">{t('confirm')}</button>
        </form>
      )}
    </section>
  );
}
