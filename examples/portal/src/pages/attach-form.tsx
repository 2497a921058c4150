// A file of a kind an application asks for (SVC-1), uploaded as multipart with its progress
// (XMLHttpRequest reports upload progress, fetch does not); the API's issues under the field.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { csrfToken } from '../api';
import { t } from '../i18n';
import { FileField } from '../ui';

/** SVC-1: a file of a kind the service asks for, uploaded as multipart with its progress (XMLHttpRequest reports it, fetch does not). */
export function AttachForm(props: {
  id: string;
  kinds: readonly string[];
  titles?: Readonly<Record<string, string>>;
  onDone: () => void;
}): JSX.Element {
  const [kind, setKind] = useState(props.kinds[0] ?? '');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  // The kinds still asked for change after each upload: keep the choice only while it is one.
  const chosen = props.kinds.includes(kind) ? kind : (props.kinds[0] ?? '');
  const inputId = `attach-file-${props.id}`;
  return (
    <form
      class="attach"
      onSubmit={(e) => {
        e.preventDefault();
        if (file === undefined) return setError(t('required'));
        const form = new FormData();
        form.append('kind', chosen);
        form.append('file', file);
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/v1/applications/${encodeURIComponent(props.id)}/attachments`);
        xhr.setRequestHeader(
          'Accept-Language',
          document.documentElement.lang === 'en' ? 'en' : 'ru',
        );
        const token = csrfToken();
        if (token !== undefined) xhr.setRequestHeader('X-CSRF-Token', token);
        xhr.upload.onprogress = (ev) => {
          if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            setError(undefined);
            setProgress(undefined);
            return props.onDone();
          }
          let message = `HTTP ${xhr.status}`;
          try {
            const body = JSON.parse(xhr.responseText) as {
              error?: { message?: string; issues?: { message: string }[] };
            };
            message = [body.error?.message, ...(body.error?.issues ?? []).map((i) => i.message)]
              .filter((m) => m !== undefined)
              .join(' ');
          } catch {
            /* not JSON */
          }
          setProgress(undefined);
          setError(message);
        };
        xhr.onerror = () => (setProgress(undefined), setError(t('networkError')));
        setProgress(0);
        xhr.send(form);
      }}
    >
      <div class="field">
        <label for={`attach-kind-${props.id}`}>{t('attachmentKind')}</label>
        <select
          id={`attach-kind-${props.id}`}
          value={chosen}
          onChange={(e) => setKind(e.currentTarget.value)}
        >
          {props.kinds.map((k) => (
            <option key={k} value={k}>
              {props.titles?.[k] ?? k}
            </option>
          ))}
        </select>
      </div>
      <FileField
        id={inputId}
        label={t('attachmentFile')}
        error={error}
        onChange={(files) => setFile(files?.[0])}
      />
      {progress === undefined ? null : (
        <progress max={100} value={progress} aria-label={t('uploading', { p: progress })} />
      )}
      <button type="submit">{t('attach')}</button>
    </form>
  );
}
