// A received certificate or decision (AUD-2) saved as a file: the API hands its content as
// base64 in JSON, so the browser decodes it and offers it as a download with its media type.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf } from '../api';
import { t } from '../i18n';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** A button that downloads certificate `id` as `<title>.<ext>`; a failure is said next to it. */
export function CertificateDownload(props: { id: string; title: string }): JSX.Element {
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        class="link"
        onClick={async () => {
          const r = await api.GET('/v1/certificates/{certificateId}', {
            params: { path: { certificateId: props.id } },
          });
          if (r.data === undefined) return setError(failureOf(r).error.message);
          setError(undefined);
          const bytes = Uint8Array.from(atob(r.data.contentBase64), (c) => c.charCodeAt(0));
          const url = URL.createObjectURL(new Blob([bytes], { type: r.data.mediaType }));
          const a = document.createElement('a');
          a.href = url;
          a.download = `${r.data.title}.${EXTENSIONS[r.data.mediaType] ?? 'bin'}`;
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        }}
      >
        {t('openDocument')} <span class="visually-hidden">{props.title}</span>
      </button>
      {error === undefined ? null : (
        <span class="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
