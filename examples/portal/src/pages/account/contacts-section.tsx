import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { failureText } from '../../failure-text';
import { isFailure } from '../../is-failure';
import { t } from '../../i18n';
import { Field, Notice } from '../../ui';
import { ExtraChannels } from '../extra-channels';
import { Card, useLoad } from '../section';
import { ContactHistory } from './contact-history';
import { useSensitive } from './use-sensitive';

/** A contact channel that a change or a restore applies to. */
export type Channel = 'phone' | 'email';

/** CONTACT-5: the contacts, a change confirmed by a code to the new value, the history and a restore (confirmed by a code to the restored value). */
export function ContactsSection(): JSX.Element {
  const [contacts, , reloadContacts] = useLoad(() => api.GET('/v1/contacts'));
  const [history, , reloadHistory] = useLoad(() => api.GET('/v1/contacts/history'));
  const [prompt, sensitive] = useSensitive();
  const [channel, setChannel] = useState<Channel>('email');
  const [value, setValue] = useState('');
  const [pending, setPending] = useState<{ channel: Channel; sentTo: string }>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [done, setDone] = useState(false);
  const started = (r: { sentTo: string } | Failure, ch: Channel): void => {
    if (isFailure(r)) return setFailure(r);
    setFailure(undefined);
    setDone(false);
    setCode('');
    setPending({ channel: ch, sentTo: r.sentTo });
  };
  return (
    <Card id="contacts" title={t('contacts')}>
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
      {failure === undefined ? null : <Notice kind="error">{failureText(failure)}</Notice>}
      {done ? <Notice kind="success">{t('contactChanged')}</Notice> : null}
      {contacts === undefined ? null : (
        <ExtraChannels contacts={contacts} sensitive={sensitive} onChanged={reloadContacts} />
      )}
      {history === undefined ? null : (
        <ContactHistory
          history={history}
          onRestore={async (ch, order) =>
            started(
              await sensitive(() =>
                api.POST('/v1/contacts/restore', { body: { channel: ch, order } }),
              ),
              ch,
            )
          }
        />
      )}
    </Card>
  );
}
