// CONTACT-4: the optional extra channels of the account's contacts — a messenger each (Telegram
// by @name or phone, Viber and WhatsApp by phone) and a trusted person's phone — linked and
// unlinked through the API, which checks the values and answers with the contacts, masked.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, issuesByPath, type Failure, type Json } from '../api';
import { t, type MessageKey } from '../i18n';
import { isFailure } from '../is-failure';
import { Field, Notice } from '../ui';
import type { Sensitive } from './account/use-sensitive';

/** The contacts as `GET /v1/contacts` answers them. */
export type ContactsView = Json<'/v1/contacts', 'get'>;
type Messenger = 'telegram' | 'viber' | 'whatsapp';
const MESSENGERS: readonly Messenger[] = ['telegram', 'viber', 'whatsapp'];

/** The messengers and the trusted phone, with a form to link each and a button to unlink it. */
export function ExtraChannels(props: {
  contacts: ContactsView;
  sensitive: Sensitive;
  onChanged: () => void;
}): JSX.Element {
  const [kind, setKind] = useState<Messenger>('telegram');
  const [handle, setHandle] = useState('');
  const [trusted, setTrusted] = useState('');
  const [failure, setFailure] = useState<{ form: 'messenger' | 'trusted'; f: Failure }>();
  const [saved, setSaved] = useState<MessageKey>();
  const settle = (form: 'messenger' | 'trusted', r: unknown, done: MessageKey): boolean => {
    if (isFailure(r)) {
      setFailure({ form, f: r });
      setSaved(undefined);
      return false;
    }
    setFailure(undefined);
    setSaved(done);
    props.onChanged();
    return true;
  };
  const errorOf = (form: 'messenger' | 'trusted', path: string): string | undefined =>
    failure?.form === form ? (issuesByPath(failure.f)[path] ?? failure.f.error.message) : undefined;
  const linkMessenger = async (): Promise<void> => {
    const r = await props.sensitive(() =>
      api.PUT('/v1/contacts/messengers/{kind}', {
        params: { path: { kind } },
        body: { value: handle },
      }),
    );
    if (settle('messenger', r, 'channelSaved')) setHandle('');
  };
  const unlinkMessenger = async (messenger: string): Promise<void> => {
    const r = await props.sensitive(() =>
      api.DELETE('/v1/contacts/messengers/{kind}', { params: { path: { kind: messenger } } }),
    );
    settle('messenger', r, 'channelRemoved');
  };
  const linkTrusted = async (): Promise<void> => {
    const r = await props.sensitive(() =>
      api.PUT('/v1/contacts/trusted-phone', { body: { phone: trusted } }),
    );
    if (settle('trusted', r, 'channelSaved')) setTrusted('');
  };
  const unlinkTrusted = async (): Promise<void> => {
    settle(
      'trusted',
      await props.sensitive(() => api.DELETE('/v1/contacts/trusted-phone')),
      'channelRemoved',
    );
  };
  const { messengers, trustedPhone } = props.contacts;
  return (
    <div class="extra-channels">
      <h3 id="extra-channels-title">{t('extraChannels')}</h3>
      {messengers.length === 0 && trustedPhone === undefined ? (
        <p>{t('noExtraChannels')}</p>
      ) : (
        <ul class="channels" aria-labelledby="extra-channels-title">
          {messengers.map((m) => (
            <li key={m.kind} data-messenger={m.kind}>
              {t(`messenger_${m.kind}` as MessageKey)}: {m.masked}{' '}
              <button type="button" class="secondary" onClick={() => void unlinkMessenger(m.kind)}>
                {t('unlink')}{' '}
                <span class="visually-hidden">{t(`messenger_${m.kind}` as MessageKey)}</span>
              </button>
            </li>
          ))}
          {trustedPhone === undefined ? null : (
            <li data-trusted-phone="">
              {t('trustedPhone')}: {trustedPhone.masked}{' '}
              <button type="button" class="secondary" onClick={() => void unlinkTrusted()}>
                {t('unlink')} <span class="visually-hidden">{t('trustedPhone')}</span>
              </button>
            </li>
          )}
        </ul>
      )}
      <form
        noValidate
        aria-labelledby="messenger-title"
        onSubmit={(e) => {
          e.preventDefault();
          void linkMessenger();
        }}
      >
        <h4 id="messenger-title">{t('linkMessenger')}</h4>
        <div class="field">
          <label for="messenger-kind">{t('messenger')}</label>
          <select
            id="messenger-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Messenger)}
          >
            {MESSENGERS.map((m) => (
              <option key={m} value={m}>
                {t(`messenger_${m}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('messengerValue')}
          hint={kind === 'telegram' ? t('messengerHintTelegram') : t('messengerHintPhone')}
          name="messenger-value"
          value={handle}
          onInput={setHandle}
          error={errorOf('messenger', 'value')}
        />
        <button type="submit">{t('link')}</button>
      </form>
      <form
        noValidate
        aria-labelledby="trusted-title"
        onSubmit={(e) => {
          e.preventDefault();
          void linkTrusted();
        }}
      >
        <h4 id="trusted-title">{t('linkTrustedPhone')}</h4>
        <Field
          label={t('trustedPhone')}
          hint={t('messengerHintPhone')}
          name="trusted-phone"
          type="tel"
          value={trusted}
          onInput={setTrusted}
          autoComplete="off"
          error={errorOf('trusted', 'phone')}
        />
        <button type="submit">{t('link')}</button>
      </form>
      {saved === undefined ? null : <Notice kind="success">{t(saved)}</Notice>}
    </div>
  );
}
