import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { failureText } from '../../failure-text';
import { t } from '../../i18n';
import { Field, Notice } from '../../ui';
import type { Access, Draft } from './steps';
import { StrengthMeter } from './strength-meter';

/** The password step, with the live strength hint and the server's warnings before going on. */
export function PasswordStep(props: { access: Access; onSaved: (d: Draft) => void }): JSX.Element {
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [hint, setHint] = useState<string[]>([]);
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState<Draft>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      aria-busy={busy ? 'true' : undefined}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const r = await api
          .PUT('/v1/registration/drafts/{draftId}/password', {
            ...props.access,
            body: { password },
          })
          .finally(() => setBusy(false));
        if (r.data === undefined) return setFailure(failureOf(r));
        setFailure(undefined);
        // The strength hint comes back as warnings (OTP-4: 12 or more recommended).
        const warnings = (r.data.warnings ?? []).map((w) => w.message);
        setHint(warnings);
        if (warnings.length === 0) props.onSaved(r.data.draft);
        else setSaved(r.data.draft);
      }}
    >
      <Field
        label={t('password')}
        name="password"
        type={show ? 'text' : 'password'}
        value={password}
        hint={t('passwordHint')}
        onInput={setPassword}
        autoComplete="new-password"
        required
        error={failure === undefined ? undefined : failureText(failure)}
      />
      <label class="choice">
        <input type="checkbox" checked={show} onChange={() => setShow(!show)} /> {t('showPassword')}
      </label>
      <StrengthMeter password={password} />
      {hint.length === 0 ? null : (
        <Notice kind="info">
          {hint.map((h) => (
            <p key={h}>{h}</p>
          ))}
        </Notice>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('loading') : t('save')}
      </button>
      {saved === undefined ? null : (
        <button type="button" onClick={() => props.onSaved(saved)}>
          {t('next')}
        </button>
      )}
    </form>
  );
}
