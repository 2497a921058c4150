// Login: phone or e-mail and password, then the second factor (SMS or e-mail code, an
// authenticator app, a backup code) — lockouts and "retry later" with their timers, and the
// self-service unlock by a code where the policy allows it.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../api';
import { t, useLang, type MessageKey } from '../i18n';
import { setSignedIn } from '../session';
import { Countdown, Field, Notice, PageTitle, navigate } from '../ui';

type Method = 'sms' | 'email' | 'totp' | 'backup_code';
interface Pending {
  loginToken: string;
  methods: Method[];
  method: Method;
  sentTo?: string;
}

/** The login page. */
export function LoginPage(): JSX.Element {
  useLang();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState<Pending>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [retryUntil, setRetryUntil] = useState<number>();
  const [info, setInfo] = useState<string>();
  const [unlockToken, setUnlockToken] = useState<string>();
  // S-8: a locked account answers exactly like a wrong password, so the self-service unlock is
  // offered after any refused login (for an unlocked or unknown login the code changes nothing).
  const refused =
    failure?.error.code === 'auth.invalid_credentials' ||
    failure?.error.code === 'auth.retry_later' ||
    unlockToken !== undefined;

  const fail = (f: Failure): void => {
    setFailure(f);
    setRetryUntil(f.retryAfter === undefined ? undefined : Date.now() + f.retryAfter * 1000);
  };
  const done = (session: { csrfToken: string } | undefined): void => {
    setSignedIn(true, session?.csrfToken);
    navigate('/account');
  };

  if (pending !== undefined) {
    return (
      <section>
        <PageTitle>{t('secondFactor')}</PageTitle>
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (code.trim() === '')
              return fail({ status: 0, error: { code: 'input.required', message: t('required') } });
            const r = await api.POST('/v1/auth/login/complete', {
              body: {
                loginToken: pending.loginToken,
                method: pending.method,
                code: code.trim(),
                transport: 'cookie',
              },
            });
            if (r.data === undefined) return fail(failureOf(r));
            done(r.data.session);
          }}
        >
          <fieldset>
            <legend>{t('chooseMethod')}</legend>
            {pending.methods.map((m) => (
              <label class="choice" key={m}>
                <input
                  type="radio"
                  name="method"
                  value={m}
                  checked={pending.method === m}
                  onChange={() => setPending({ ...pending, method: m })}
                />
                {t(`method_${m}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {pending.method === 'sms' || pending.method === 'email' ? (
            <p>
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  const r = await api.POST('/v1/auth/login/code', {
                    body: {
                      loginToken: pending.loginToken,
                      method: pending.method as 'sms' | 'email',
                    },
                  });
                  if (r.data === undefined) return fail(failureOf(r));
                  setFailure(undefined);
                  setPending({ ...pending, sentTo: r.data.sentTo });
                }}
              >
                {t('sendAgain')}
              </button>
              {pending.sentTo === undefined ? null : (
                <span role="status"> {t('codeSentTo', { to: pending.sentTo })}</span>
              )}
            </p>
          ) : null}
          <Field
            label={
              pending.method === 'totp'
                ? t('totpConfirm')
                : pending.method === 'backup_code'
                  ? t('method_backup_code')
                  : t('code')
            }
            name="code"
            value={code}
            onInput={setCode}
            inputMode={pending.method === 'backup_code' ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            error={failure?.error.message}
          />
          {retryUntil === undefined ? null : (
            <Countdown until={retryUntil} onDone={() => setRetryUntil(undefined)} />
          )}
          <button type="submit">{t('confirm')}</button>
        </form>
      </section>
    );
  }

  return (
    <section>
      <PageTitle>{t('login')}</PageTitle>
      {info === undefined ? null : <Notice kind="success">{info}</Notice>}
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (login.trim() === '' || password === '')
            return fail({ status: 0, error: { code: 'input.required', message: t('required') } });
          const r = await api.POST('/v1/auth/login', {
            body: { login: login.trim(), password, transport: 'cookie' },
          });
          if (r.data === undefined) return fail(failureOf(r));
          setFailure(undefined);
          if (r.data.status === 'authenticated') return done(r.data.session);
          const methods = r.data.methods as Method[];
          setPending({
            loginToken: r.data.loginToken,
            methods,
            method: r.data.preferred,
            ...(r.data.codeSentTo === undefined ? {} : { sentTo: r.data.codeSentTo }),
          });
          if (r.data.codeNotSent !== undefined) setInfo(r.data.codeNotSent.message);
        }}
      >
        <Field
          label={t('login_field')}
          name="login"
          value={login}
          onInput={setLogin}
          autoComplete="username"
          required
        />
        <Field
          label={t('password')}
          name="password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          required
        />
        {failure === undefined ? null : (
          <Notice kind="error">
            <p>{failure.error.message}</p>
            {retryUntil === undefined ? null : (
              <Countdown until={retryUntil} onDone={() => setRetryUntil(undefined)} />
            )}
          </Notice>
        )}
        <button type="submit">{t('signIn')}</button>
      </form>
      {refused && login.trim() !== '' ? (
        <section aria-labelledby="unlock-title">
          <h2 id="unlock-title">{t('unlockTitle')}</h2>
          <p>{t('unlockHint')}</p>
          {unlockToken === undefined ? (
            <button
              type="button"
              onClick={async () => {
                const r = await api.POST('/v1/auth/unlock', { body: { login: login.trim() } });
                if (r.data === undefined) return fail(failureOf(r));
                setUnlockToken(r.data.unlockToken);
              }}
            >
              {t('unlock')}
            </button>
          ) : (
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                const r = await api.POST('/v1/auth/unlock/confirm', {
                  body: { unlockToken, code: code.trim() },
                });
                if (r.data === undefined) return fail(failureOf(r));
                setUnlockToken(undefined);
                setFailure(undefined);
                setInfo(t('unlockDone'));
              }}
            >
              <Field
                label={t('code')}
                name="unlockCode"
                value={code}
                onInput={setCode}
                inputMode="numeric"
                autoComplete="one-time-code"
              />
              <button type="submit">{t('confirm')}</button>
            </form>
          )}
        </section>
      ) : null}
    </section>
  );
}
