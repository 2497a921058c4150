import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { formatTime, t } from '../../i18n';
import { setSignedIn } from '../../session';
import { Notice, TableHead, navigate } from '../../ui';
import { Card, useLoad } from '../section';

/** The open sessions: end one (this one logs out) or all the others. */
export function SessionsSection(): JSX.Element {
  const [data, failure, reload] = useLoad(() => api.GET('/v1/sessions'));
  const [message, setMessage] = useState<string>();
  return (
    <Card id="sessions" title={t('sessions')}>
      {message === undefined ? null : <Notice kind="success">{message}</Notice>}
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {data === undefined ? null : (
        <table>
          <caption class="visually-hidden">{t('sessions')}</caption>
          <TableHead columns={[t('when'), t('ip'), t('device')]} actions={t('action')} />
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
    </Card>
  );
}
