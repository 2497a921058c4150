// The notification centre (NOTE-2): the latest notices with the unread count, each marked read or
// all at once, and the channels per kind of event.
import type { JSX } from 'preact';
import { api } from '../../api';
import { formatTime, t } from '../../i18n';
import { Card, useLoad } from '../section';
import { NotificationPreferences } from './notification-preferences';

/** The notifications section of the services page. */
export function NotificationsSection(): JSX.Element {
  const [list, failure, reload] = useLoad(() => api.GET('/v1/notifications'));
  return (
    <Card id="notifications" title={t('notifications')} failure={failure}>
      {list === undefined ? null : (
        <>
          <p>{t('unread', { n: list.unread })}</p>
          {list.items.length === 0 ? (
            <p>{t('nothing')}</p>
          ) : (
            <ul class="notices">
              {list.items.slice(0, 20).map((n) => (
                <li key={n.id} class={n.read ? 'read' : 'unread'} data-read={String(n.read)}>
                  <time>{formatTime(n.createdAt)}</time> <strong>{n.title}</strong> — {n.text}{' '}
                  <span class="visually-hidden">({n.read ? t('read') : t('unreadOne')})</span>
                  {n.read ? null : (
                    <button
                      type="button"
                      class="link"
                      onClick={async () => {
                        await api.POST('/v1/notifications/{noticeId}/read', {
                          params: { path: { noticeId: n.id } },
                        });
                        reload();
                      }}
                    >
                      {t('markRead')} <span class="visually-hidden">{n.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {list.unread === 0 ? null : (
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                await api.POST('/v1/notifications/read-all');
                reload();
              }}
            >
              {t('readAll')}
            </button>
          )}
        </>
      )}
      <NotificationPreferences />
    </Card>
  );
}
