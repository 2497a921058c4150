import type { JSX } from 'preact';
import type { Json } from '../../api';
import { formatTime, t } from '../../i18n';
import { TableHead } from '../../ui';
import type { Channel } from './contacts-section';

type History = Json<'/v1/contacts/history', 'get'>;

/** The contacts' earlier values, newest first as the API lists them, each but the current one with a restore button. */
export function ContactHistory(props: {
  history: History;
  onRestore: (channel: Channel, order: number) => Promise<void>;
}): JSX.Element | null {
  const history = props.history;
  return history.versions.length === 0 ? null : (
    <table class="history">
      <caption>{t('contactHistory')}</caption>
      <TableHead columns={[t('when'), t('channel'), t('value')]} actions={t('actions')} />
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
                  onClick={() => props.onRestore(v.channel, v.order)}
                >
                  {t('restore')} <span class="visually-hidden">{v.masked}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
