import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import encodeQR from 'qr';
import { api, failureOf, type Failure } from '../../api';
import { isFailure } from '../../is-failure';
import { t, type MessageKey } from '../../i18n';
import { Field, Notice } from '../../ui';
import { Card } from '../section';
import { useSensitive } from './use-sensitive';

/** The second factor: authenticator enrolment with its QR code, new backup codes and the preferred login method. */
export function SecuritySection(): JSX.Element {
  const [prompt, sensitive] = useSensitive();
  const [enrol, setEnrol] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[]>();
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState(false);
  const [factor, setFactor] = useState<'sms' | 'email' | 'totp'>('sms');
  const [factorSaved, setFactorSaved] = useState(false);
  return (
    <Card id="security" title={t('security')}>
      {prompt}
      {enrol === undefined ? (
        <p>
          <button
            type="button"
            onClick={async () => {
              const r = await sensitive(() => api.POST('/v1/auth/totp'));
              if (isFailure(r)) return setFailure(r);
              setFailure(undefined);
              setEnrol(r);
            }}
          >
            {t('setupTotp')}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              const r = await sensitive(() => api.POST('/v1/auth/backup-codes'));
              if (isFailure(r)) return setFailure(r);
              setCodes(r.backupCodes);
            }}
          >
            {t('newBackupCodes')}
          </button>
        </p>
      ) : done ? null : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await api.POST('/v1/auth/totp/confirm', { body: { code: code.trim() } });
            if (r.data === undefined) return setFailure(failureOf(r));
            setFailure(undefined);
            setCodes(r.data.backupCodes);
            setDone(true);
          }}
        >
          <p>{t('totpScan')}</p>
          <img
            class="qr"
            width={200}
            height={200}
            alt={`otpauth QR: ${enrol.secret}`}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(encodeQR(enrol.uri, 'svg'))}`}
          />
          <p>
            <code data-testid="totp-secret">{enrol.secret}</code>
          </p>
          <Field
            label={t('totpConfirm')}
            name="totpCode"
            value={code}
            onInput={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
          />
          <button type="submit">{t('confirm')}</button>
        </form>
      )}
      <form
        aria-labelledby="factor-title"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await sensitive(() =>
            api.PUT('/v1/auth/second-factor', { body: { method: factor } }),
          );
          if (isFailure(r)) return setFailure(r);
          setFailure(undefined);
          setFactorSaved(true);
        }}
      >
        <fieldset>
          <legend id="factor-title">{t('preferredFactor')}</legend>
          {(['sms', 'email', 'totp'] as const).map((m) => (
            <label class="choice" key={m}>
              <input
                type="radio"
                name="factor"
                value={m}
                checked={factor === m}
                onChange={() => (setFactor(m), setFactorSaved(false))}
              />{' '}
              {t(`factor_${m}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        {factorSaved ? <Notice kind="success">{t('factorSaved')}</Notice> : null}
        <button type="submit">{t('save')}</button>
      </form>
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {codes === undefined ? null : (
        <Notice kind="success">
          <p>{t('backupCodes')}</p>
          <ul class="codes" data-testid="backup-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </Card>
  );
}
