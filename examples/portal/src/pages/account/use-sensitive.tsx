import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { t } from '../../i18n';
import { Field } from '../../ui';

/** Runs a call that may ask for the password again (S-11): its data, or the API's failure. */
export type Sensitive = <T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
) => Promise<T | Failure>;

/**
 * Runs a sensitive call; when the API asks for the password again (S-11), asks for it and
 * retries. Gives the password prompt to render (or `null`) and the runner.
 */
export function useSensitive(): [JSX.Element | null, Sensitive] {
  const [ask, setAsk] = useState<{ resolve: (ok: boolean) => void }>();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const prompt =
    ask === undefined ? null : (
      <form
        class="reauth"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await api.POST('/v1/sessions/reauthenticate', { body: { password } });
          if (r.data === undefined) return setError(failureOf(r).error.message);
          setAsk(undefined);
          setPassword('');
          ask.resolve(true);
        }}
      >
        <Field
          label={t('reauth')}
          name="reauthPassword"
          type="password"
          value={password}
          onInput={setPassword}
          error={error}
          autoComplete="current-password"
        />
        <button type="submit">{t('confirm')}</button>
      </form>
    );
  const run = async <T,>(
    call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T | Failure> => {
    const first = await call();
    if (first.data !== undefined) return first.data;
    const f = failureOf(first);
    if (!/reauth/i.test(f.error.code)) return f;
    const ok = await new Promise<boolean>((resolve) => setAsk({ resolve }));
    if (!ok) return f;
    const second = await call();
    return second.data !== undefined ? second.data : failureOf(second);
  };
  return [prompt, run];
}
