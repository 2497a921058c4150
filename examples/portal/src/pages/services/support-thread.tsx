import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { failureText } from '../../failure-text';
import { formatTime, t, type MessageKey } from '../../i18n';
import { Notice } from '../../ui';
import { useLoad } from '../section';

const AUTHOR: Record<'user' | 'operator' | 'system', MessageKey> = {
  user: 'authorUser',
  operator: 'authorOperator',
  system: 'authorSystem',
};

/** One support request's conversation (the user's, the operators' and the system's lines) and the reply form. */
export function SupportThread(props: { id: string; onChanged: () => void }): JSX.Element {
  const [request, failure, reload] = useLoad(() =>
    api.GET('/v1/support-requests/{requestId}', { params: { path: { requestId: props.id } } }),
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<Failure>();
  const errorId = `reply-error-${props.id}`;
  if (failure !== undefined) return <Notice kind="error">{failure.error.message}</Notice>;
  return (
    <div class="thread" id={`thread-${props.id}`}>
      <ol class="messages" aria-label={t('conversation')}>
        {(request?.messages ?? []).map((m) => (
          <li key={m.id} data-author={m.author}>
            <time>{formatTime(m.at)}</time> <strong>{t(AUTHOR[m.author])}:</strong>{' '}
            {m.text ?? m.message ?? ''}
          </li>
        ))}
      </ol>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await api.POST('/v1/support-requests/{requestId}/replies', {
            params: { path: { requestId: props.id } },
            body: { text },
          });
          if (r.data === undefined) return setError(failureOf(r));
          setError(undefined);
          setText('');
          reload();
          props.onChanged();
        }}
      >
        <div class={`field${error === undefined ? '' : ' invalid'}`}>
          <label for={`reply-${props.id}`}>{t('yourReply')}</label>
          <textarea
            id={`reply-${props.id}`}
            rows={3}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : errorId}
          />
          {error === undefined ? null : (
            <p class="error" id={errorId} role="alert">
              {failureText(error)}
            </p>
          )}
        </div>
        <button type="submit">{t('sendReply')}</button>
      </form>
    </div>
  );
}
