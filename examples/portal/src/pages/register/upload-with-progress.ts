import type { ApiError } from '../../api';
import { t } from '../../i18n';
import type { Draft } from './steps';

/** POSTs a multipart form with upload progress; the answer's status and JSON body. */
export function uploadWithProgress(
  url: string,
  form: FormData,
  resumeToken: string,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: { error?: ApiError; draft?: Draft } | undefined }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('X-Resume-Token', resumeToken);
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang === 'en' ? 'en' : 'ru');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: { error?: ApiError; draft?: Draft } | undefined;
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () =>
      resolve({ status: 0, body: { error: { code: 'network', message: t('networkError') } } });
    xhr.send(form);
  });
}
