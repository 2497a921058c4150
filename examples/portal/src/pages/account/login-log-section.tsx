import type { JSX } from 'preact';
import { api } from '../../api';
import { formatTime, t } from '../../i18n';
import { TableHead } from '../../ui';
import { Card, useLoad } from '../section';

/** The latest 20 logins with their outcome, each address with "this wasn't me" (blocks it). */
export function LoginLogSection(): JSX.Element {
  const [data, , reload] = useLoad(() => api.GET('/v1/journal/logins'));
  return (
    <Card id="logins" title={t('loginLog')}>
      {data === undefined ? null : (
        <table>
          <TableHead columns={[t('when'), t('ip'), t('outcome')]} actions={t('action')} />
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
    </Card>
  );
}
