// Support requests (SVC-3): a new request by topic with its ticket number, the list with each
// request's status and deadline, and each one's conversation.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { failureText } from '../../failure-text';
import { formatTime, t } from '../../i18n';
import { Notice } from '../../ui';
import { Card, useLoad } from '../section';
import { SupportThread } from './support-thread';

const TOPICS = [
  'access',
  'documents',
  'payments',
  'applications',
  'appointments',
  'other',
] as const;

/** The support section of the services page. */
export function SupportSection(): JSX.Element {
  const [list, failure, reload] = useLoad(() => api.GET('/v1/support-requests'));
  const [topic, setTopic] = useState<(typeof TOPICS)[number]>('documents');
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Failure | string>();
  const [open, setOpen] = useState<string>();
  return (
    <Card id="support" title={t('support')} failure={failure}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await api.POST('/v1/support-requests', { body: { topic, text } });
          if (r.data === undefined) return setAnswer(failureOf(r));
          setAnswer(`${r.data.number}: ${r.data.statusText}`);
          setText('');
          reload();
        }}
      >
        <div class="field">
          <label for="topic">{t('topic')}</label>
          <select
            id="topic"
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value as (typeof TOPICS)[number])}
          >
            {TOPICS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${typeof answer === 'object' ? ' invalid' : ''}`}>
          <label for="support-text">{t('text')}</label>
          <textarea
            id="support-text"
            rows={4}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-describedby={typeof answer === 'object' ? 'support-error' : undefined}
          />
          {typeof answer === 'object' ? (
            <p class="error" id="support-error" role="alert">
              {failureText(answer)}
            </p>
          ) : null}
        </div>
        <button type="submit">{t('sendRequest')}</button>
      </form>
      {typeof answer === 'string' ? <Notice kind="success">{answer}</Notice> : null}
      {list === undefined || list.items.length === 0 ? null : (
        <ul class="tickets">
          {list.items.map((r) => (
            <li key={r.id}>
              <strong>{r.number}</strong> — {r.topicText}: {r.statusText}
              {r.deadlineAt === undefined ? '' : ` (${formatTime(r.deadlineAt)})`}{' '}
              <button
                type="button"
                class="secondary"
                aria-expanded={open === r.id}
                aria-controls={open === r.id ? `thread-${r.id}` : undefined}
                onClick={() => setOpen(open === r.id ? undefined : r.id)}
              >
                {t('conversation')} <span class="visually-hidden">{r.number}</span>
              </button>
              {open === r.id ? <SupportThread id={r.id} onChanged={reload} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
