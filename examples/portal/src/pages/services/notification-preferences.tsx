import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../../api';
import { failureText } from '../../failure-text';
import { t, type MessageKey } from '../../i18n';
import { Notice } from '../../ui';
import { useLoad } from '../section';

const KINDS = ['security', 'application', 'appointment', 'payment', 'support'] as const;
const CHANNELS = ['email', 'sms', 'push'] as const;
type Channels = Json<'/v1/notifications/preferences', 'get'>['channels'];

/** NOTE-1: the channels per kind of event; the API keeps at least one for security and says so. */
export function NotificationPreferences(): JSX.Element {
  const [prefs, failure] = useLoad(() => api.GET('/v1/notifications/preferences'));
  const [channels, setChannels] = useState<Channels>();
  const [answer, setAnswer] = useState<Failure | 'saved'>();
  useEffect(() => {
    if (prefs !== undefined) setChannels(prefs.channels);
  }, [prefs]);
  if (failure !== undefined) return <Notice kind="error">{failure.error.message}</Notice>;
  if (channels === undefined) return <p>{t('loading')}</p>;
  return (
    <form
      aria-labelledby="prefs-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await api.PUT('/v1/notifications/preferences', { body: { channels } });
        if (r.data === undefined) return setAnswer(failureOf(r));
        setChannels(r.data.channels);
        setAnswer('saved');
      }}
    >
      <h3 id="prefs-title">{t('notificationPrefs')}</h3>
      {KINDS.map((kind) => (
        <fieldset key={kind} class="channels">
          <legend>{t(`kind_${kind}` as MessageKey)}</legend>
          {CHANNELS.map((ch) => (
            <label class="choice" key={ch}>
              <input
                type="checkbox"
                name={`${kind}-${ch}`}
                checked={channels[kind].includes(ch)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChannels({
                    ...channels,
                    [kind]: on ? [...channels[kind], ch] : channels[kind].filter((x) => x !== ch),
                  });
                }}
              />{' '}
              {t(`channel_${ch}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      ))}
      {answer === undefined ? null : answer === 'saved' ? (
        <Notice kind="success">{t('prefsSaved')}</Notice>
      ) : (
        <p class="error" role="alert">
          {failureText(answer)}
        </p>
      )}
      <button type="submit">{t('save')}</button>
    </form>
  );
}
