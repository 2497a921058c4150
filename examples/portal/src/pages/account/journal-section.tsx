import type { JSX } from 'preact';
import { api } from '../../api';
import { formatTime, t } from '../../i18n';
import { Card, useLoad } from '../section';

/** The latest 20 entries of the account's journal. */
export function JournalSection(): JSX.Element {
  const [data] = useLoad(() =>
    api.GET('/v1/journal', { params: { query: { limit: '20' } as never } }),
  );
  return (
    <Card id="journal" title={t('journal')}>
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
    </Card>
  );
}
