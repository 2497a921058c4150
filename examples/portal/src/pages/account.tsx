// The account: level and how to raise it (with the 48-hour clarification clock), contacts and
// their history, the second factor (authenticator enrolment with its QR code, backup codes),
// sessions (end one / end all others), the login log with "this wasn't me", the journal.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import encodeQR from 'qr';
import { api, failureOf, issuesByPath, type Failure } from '../api';
import { formatTime, t, useLang, type MessageKey } from '../i18n';
import { setSignedIn } from '../session';
import { ExtraChannels } from './extra-channels';
import { Field, Notice, PageTitle, navigate } from '../ui';
import { IdentitySection } from './identity';

/** Loads `load` once (and again on `reload()`); a 401 signs the browser out. */
function useData<T>(
  load: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): [T | undefined, Failure | undefined, () => void] {
  const [data, setData] = useState<T>();
  const [failure, setFailure] = useState<Failure>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void load().then(
      (r) => {
        if (r.data !== undefined) {
          setData(r.data);
          setFailure(undefined);
          return;
        }
        const f = failureOf(r);
        if (f.status === 401) {
          setSignedIn(false);
          navigate('/login');
        }
        setFailure(f);
      },
      () => setFailure({ status: 0, error: { code: 'network', message: t('networkError') } }),
    );
  }, [tick]);
  return [data, failure, () => setTick((n) => n + 1)];
}

function Section(props: { id: string; title: string; children: ComponentChildren }): JSX.Element {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** The account page. */
export function AccountPage(): JSX.Element {
  useLang();
  return (
    <div>
      <PageTitle>{t('account')}</PageTitle>
      <IdentitySection />
      <AddressSection />
      <ContactsSection />
      <SecuritySection />
      <SessionsSection />
      <LoginLogSection />
      <JournalSection />
    </div>
  );
}

const ADDRESS_PARTS = [
  'postalIndex',
  'region',
  'city',
  'street',
  'house',
  'building',
  'apartment',
] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** DOC-10: the address in Russia, checked by the API (index and region agree, the required parts); its issues are shown at their fields. */
function AddressSection(): JSX.Element {
  const [v, setV] = useState<Record<AddressPart, string>>({
    postalIndex: '',
    region: '',
    city: '',
    street: '',
    house: '',
    building: '',
    apartment: '',
  });
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  const fields = issuesByPath(failure, 'address');
  const general =
    failure === undefined
      ? undefined
      : Object.keys(fields).length > 0
        ? t('fixErrors', { n: Object.keys(fields).length })
        : failure.error.message;
  return (
    <Section id="address" title={t('address')}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const address = Object.fromEntries(
            ADDRESS_PARTS.filter((k) => v[k].trim() !== '').map((k) => [k, v[k].trim()]),
          );
          const r = await api.PUT('/v1/identity/address', { body: { address } });
          if (r.data === undefined) {
            setSaved(false);
            setFailure(failureOf(r));
            return;
          }
          setFailure(undefined);
          setSaved(true);
        }}
      >
        {ADDRESS_PARTS.map((k) => (
          <Field
            key={k}
            label={t(`addr_${k}` as MessageKey)}
            name={`address-${k}`}
            value={v[k]}
            onInput={(x) => (setV({ ...v, [k]: x }), setSaved(false))}
            error={fields[k]}
            inputMode={k === 'postalIndex' ? 'numeric' : 'text'}
            autoComplete={
              k === 'postalIndex'
                ? 'postal-code'
                : k === 'city'
                  ? 'address-level2'
                  : k === 'region'
                    ? 'address-level1'
                    : 'off'
            }
          />
        ))}
        {general === undefined ? null : <Notice kind="error">{general}</Notice>}
        {saved ? <Notice kind="success">{t('addressSaved')}</Notice> : null}
        <button type="submit">{t('save')}</button>
      </form>
    </Section>
  );
}

type Channel = 'phone' | 'email';

/** CONTACT-5: the contacts, a change confirmed by a code to the new value, the history and a restore (confirmed by a code to the restored value). */
function ContactsSection(): JSX.Element {
  const [contacts, , reloadContacts] = useData(() => api.GET('/v1/contacts'));
  const [history, , reloadHistory] = useData(() => api.GET('/v1/contacts/history'));
  const [prompt, sensitive] = useSensitive();
  const [channel, setChannel] = useState<Channel>('email');
  const [value, setValue] = useState('');
  const [pending, setPending] = useState<{ channel: Channel; sentTo: string }>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState(false);
  const message = (f: Failure): string =>
    [
      f.error.message,
      ...(f.error.issues ?? []).map((i) => i.message).filter((m) => m !== f.error.message),
    ].join(' ');
  const started = (r: { sentTo: string } | Failure, ch: Channel): void => {
    if (isFailure(r)) return setFailure(r);
    setFailure(undefined);
    setDone(false);
    setCode('');
    setPending({ channel: ch, sentTo: r.sentTo });
  };
  return (
    <Section id="contacts" title={t('contacts')}>
      {prompt}
      {contacts === undefined ? (
        <p>{t('loading')}</p>
      ) : (
        <dl>
          <dt>{t('phone')}</dt>
          <dd data-contact="phone">
            {contacts.phone.masked}{' '}
            {contacts.phone.confirmedAt === undefined
              ? `(${t('notConfirmed')})`
              : `(${t('confirmed')})`}
          </dd>
          <dt>{t('email')}</dt>
          <dd data-contact="email">
            {contacts.email.masked}{' '}
            {contacts.email.confirmedAt === undefined
              ? `(${t('notConfirmed')})`
              : `(${t('confirmed')})`}
          </dd>
        </dl>
      )}
      <form
        noValidate
        aria-labelledby="contact-change-title"
        onSubmit={async (e) => {
          e.preventDefault();
          started(
            await sensitive(() => api.POST('/v1/contacts/changes', { body: { channel, value } })),
            channel,
          );
        }}
      >
        <h3 id="contact-change-title">{t('changeContact')}</h3>
        <div class="field">
          <label for="contact-channel">{t('whatToChange')}</label>
          <select
            id="contact-channel"
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as Channel)}
          >
            <option value="phone">{t('phone')}</option>
            <option value="email">{t('email')}</option>
          </select>
        </div>
        <Field
          label={t('newValue')}
          name="contact-value"
          type={channel === 'email' ? 'email' : 'tel'}
          value={value}
          onInput={setValue}
          autoComplete={channel === 'email' ? 'email' : 'tel'}
        />
        <button type="submit">{t('sendCode')}</button>
      </form>
      {pending === undefined ? null : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await api.POST('/v1/contacts/changes/confirm', {
              body: { channel: pending.channel, code: code.trim() },
            });
            if (r.data === undefined) return setFailure(failureOf(r));
            setFailure(undefined);
            setPending(undefined);
            setValue('');
            setDone(true);
            reloadContacts();
            reloadHistory();
          }}
        >
          <p role="status">{t('codeSentTo', { to: pending.sentTo })}</p>
          <Field
            label={t('code')}
            name="contact-code"
            value={code}
            onInput={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
          />
          <button type="submit">{t('confirm')}</button>
        </form>
      )}
      {failure === undefined ? null : <Notice kind="error">{message(failure)}</Notice>}
      {done ? <Notice kind="success">{t('contactChanged')}</Notice> : null}
      {contacts === undefined ? null : (
        <ExtraChannels contacts={contacts} sensitive={sensitive} onChanged={reloadContacts} />
      )}
      {history === undefined || history.versions.length === 0 ? null : (
        <table class="history">
          <caption>{t('contactHistory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('channel')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.versions.map((v) => (
              <tr
                key={`${v.channel}-${v.order}`}
                data-channel={v.channel}
                data-current={String(v.current)}
              >
                <td>{formatTime(v.at)}</td>
                <td>{v.channel === 'phone' ? t('phone') : t('email')}</td>
                <td>
                  {v.masked ?? '—'} {v.current ? `(${t('current')})` : ''}{' '}
                  {v.via === 'restored' ? `(${t('restoredVersion')})` : ''}
                </td>
                <td>
                  {v.current || v.masked === null ? null : (
                    <button
                      type="button"
                      class="secondary"
                      onClick={async () =>
                        started(
                          await sensitive(() =>
                            api.POST('/v1/contacts/restore', {
                              body: { channel: v.channel, order: v.order },
                            }),
                          ),
                          v.channel,
                        )
                      }
                    >
                      {t('restore')} <span class="visually-hidden">{v.masked}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

/** Runs a sensitive call; when the API asks for the password again (S-11), asks for it and retries. */
function useSensitive(): [
  JSX.Element | null,
  <T>(
    call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
  ) => Promise<T | Failure>,
] {
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

const isFailure = (x: unknown): x is Failure =>
  typeof x === 'object' && x !== null && 'status' in x && 'error' in x;

function SecuritySection(): JSX.Element {
  const [prompt, sensitive] = useSensitive();
  const [enrol, setEnrol] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[]>();
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState(false);
  const [factor, setFactor] = useState<'sms' | 'email' | 'totp'>('sms');
  const [factorSaved, setFactorSaved] = useState(false);
  return (
    <Section id="security" title={t('security')}>
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
    </Section>
  );
}

function SessionsSection(): JSX.Element {
  const [data, failure, reload] = useData(() => api.GET('/v1/sessions'));
  const [message, setMessage] = useState<string>();
  return (
    <Section id="sessions" title={t('sessions')}>
      {message === undefined ? null : <Notice kind="success">{message}</Notice>}
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {data === undefined ? null : (
        <table>
          <caption class="visually-hidden">{t('sessions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('ip')}</th>
              <th scope="col">{t('device')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((s) => (
              <tr key={s.sessionId} data-session={s.current ? 'current' : 'other'}>
                <td>
                  {formatTime(s.lastSeenAt)}{' '}
                  {s.current ? <strong>({t('thisSession')})</strong> : null}
                </td>
                <td>{s.ip ?? '—'}</td>
                <td class="ua">{s.userAgent ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    onClick={async () => {
                      if (s.current) {
                        await api.POST('/v1/sessions/logout');
                        setSignedIn(false);
                        return navigate('/login');
                      }
                      await api.DELETE('/v1/sessions/{sessionId}', {
                        params: { path: { sessionId: s.sessionId } },
                      });
                      reload();
                    }}
                  >
                    {t('endSession')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        onClick={async () => {
          const r = await api.POST('/v1/sessions/end-others');
          if (r.data !== undefined) setMessage(t('endedOthers', { n: r.data.ended }));
          reload();
        }}
      >
        {t('endOthers')}
      </button>
    </Section>
  );
}

function LoginLogSection(): JSX.Element {
  const [data, , reload] = useData(() => api.GET('/v1/journal/logins'));
  return (
    <Section id="logins" title={t('loginLog')}>
      {data === undefined ? null : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('ip')}</th>
              <th scope="col">{t('outcome')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.records.slice(0, 20).map((r) => (
              <tr key={r.order}>
                <td>{formatTime(r.ts)}</td>
                <td>{r.ip ?? '—'}</td>
                <td>
                  {r.outcome}
                  {r.reason === undefined ? '' : ` (${r.reason})`}
                </td>
                <td>
                  {r.blocked ? (
                    t('blocked')
                  ) : r.ip === undefined ? null : (
                    <button
                      type="button"
                      class="secondary"
                      onClick={async () => {
                        await api.POST('/v1/journal/logins/blocked-ips', { body: { ip: r.ip! } });
                        reload();
                      }}
                    >
                      {t('notMe')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function JournalSection(): JSX.Element {
  const [data] = useData(() =>
    api.GET('/v1/journal', { params: { query: { limit: '20' } as never } }),
  );
  return (
    <Section id="journal" title={t('journal')}>
      {data === undefined ? null : data.items.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <ol class="journal">
          {data.items.map((item) => (
            <li key={item.order}>
              <time>{formatTime(item.ts)}</time> <code>{item.action}</code> —{' '}
              {t('verified', { s: item.payload.status })}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
