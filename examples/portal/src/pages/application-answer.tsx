// The answer to the authority's request for more information (SVC-1): the files it asked for,
// uploaded first, and an optional explanation; the API refuses an answer without the files and
// says which.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../api';
import { formatTime, t } from '../i18n';
import { failureText } from '../failure-text';
import { Notice } from '../ui';
import { AttachForm } from './attach-form';

type MyApplication = Json<'/v1/applications', 'get'>['items'][number];

/** The request (what, why, until when) and the answer form; after the answer, when it was sent. */
export function InfoRequest(props: {
  app: MyApplication;
  titles: Readonly<Record<string, string>>;
  onDone: () => void;
}): JSX.Element | null {
  const request = props.app.infoRequest;
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<Failure>();
  if (request === undefined) return null;
  const open = props.app.actions.includes('answer');
  if (!open && request.answeredAt === undefined) return null;
  const titleId = `info-${props.app.id}`;
  const noteId = `info-note-${props.app.id}`;
  const uploaded = props.app.attachments.filter(
    (a) => request.items.includes(a.kind) && a.uploadedAt >= request.requestedAt,
  );
  return (
    <section class="info-request" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('infoRequested')}</h4>
      {request.note === undefined ? null : <p class="note">{request.note}</p>}
      <p>
        {t('infoItems', {
          items: request.items.map((k) => props.titles[k] ?? k).join(', '),
          until: formatTime(request.dueBy),
        })}
      </p>
      {request.answeredAt !== undefined ? (
        <Notice kind="info">{t('infoAnswered', { at: formatTime(request.answeredAt) })}</Notice>
      ) : null}
      {!open ? null : (
        <>
          {uploaded.length === 0 ? null : (
            <p>{t('infoUploaded', { files: uploaded.map((a) => a.name ?? a.kind).join(', ') })}</p>
          )}
          {props.app.actions.includes('attach') ? (
            <AttachForm
              id={props.app.id}
              kinds={request.items}
              titles={props.titles}
              onDone={props.onDone}
            />
          ) : null}
          <form
            class="answer"
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const r = await api.POST('/v1/applications/{applicationId}/answer', {
                params: { path: { applicationId: props.app.id } },
                body: note.trim() === '' ? {} : { note: note.trim() },
              });
              if (r.data === undefined) return setFailure(failureOf(r));
              setFailure(undefined);
              setNote('');
              props.onDone();
            }}
          >
            <div class={`field${failure === undefined ? '' : ' invalid'}`}>
              <label for={noteId}>{t('infoNote')}</label>
              <textarea
                id={noteId}
                rows={3}
                maxLength={2000}
                value={note}
                onInput={(e) => setNote(e.currentTarget.value)}
                aria-invalid={failure === undefined ? undefined : 'true'}
                aria-describedby={failure === undefined ? undefined : `${noteId}-error`}
              />
              {failure === undefined ? null : (
                <p class="error" id={`${noteId}-error`} role="alert">
                  {failureText(failure)}
                </p>
              )}
            </div>
            <button type="submit">{t('sendAnswer')}</button>
          </form>
        </>
      )}
    </section>
  );
}
