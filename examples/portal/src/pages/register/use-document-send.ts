import { useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { focusFirstError } from './field-checks';
import type { Access, Draft } from './steps';
import { uploadWithProgress } from './upload-with-progress';
import { useFailure } from './use-failure';

/** A document as the API takes it: its kind and its fields. */
export type DocumentBody = {
  kind: 'foreign_passport' | 'migration_card' | 'snils';
  [k: string]: string;
};

/** What {@link useDocumentSend} gives the document forms. */
export interface DocumentSend {
  /** Adds the document (with its scan as multipart, with upload progress); whether it was added. */
  send: (document: DocumentBody, scan?: File) => Promise<boolean>;
  /** The API's issues by field under `document`. */
  server: Record<string, string>;
  /** The API's failure that belongs to no field. */
  general: string | undefined;
  /** The API's refusal of the scan. */
  serverFile: string | undefined;
  setServerFile: (message: string | undefined) => void;
  /** The upload's progress in percent while it runs. */
  progress: number | undefined;
}

/** Sends the documents of the draft and keeps the API's answer for the forms to show. */
export function useDocumentSend(
  access: Access,
  onSaved: (d: Draft, advance?: boolean) => void,
): DocumentSend {
  const [progress, setProgress] = useState<number>();
  const [server, general, setFailure] = useFailure('document');
  const [serverFile, setServerFile] = useState<string>();

  const send = async (document: DocumentBody, scan?: File): Promise<boolean> => {
    setFailure(undefined);
    setServerFile(undefined);
    if (scan === undefined) {
      const r = await api.POST('/v1/registration/drafts/{draftId}/documents', {
        ...access,
        body: { document: document as never },
      });
      if (r.data === undefined) {
        setFailure(failureOf(r));
        focusFirstError();
        return false;
      }
      onSaved(r.data.draft, false);
      return true;
    }
    // Multipart with upload progress: XMLHttpRequest reports it, fetch does not.
    const form = new FormData();
    form.append('document', JSON.stringify(document));
    form.append('file', scan, scan.name);
    const answer = await uploadWithProgress(
      `/api/v1/registration/drafts/${encodeURIComponent(access.params.path.draftId)}/documents`,
      form,
      access.params.header['X-Resume-Token'],
      setProgress,
    );
    setProgress(undefined);
    if (answer.status !== 201) {
      const failure: Failure = {
        status: answer.status,
        error: answer.body?.error ?? {
          code: `http_${answer.status}`,
          message: `HTTP ${answer.status}`,
        },
      };
      const fileIssue = failure.error.issues?.find(
        (i) => i.path[0] === 'file' || i.path.includes('file'),
      );
      if (fileIssue !== undefined) setServerFile(fileIssue.message);
      else if (
        failure.error.code.startsWith('file') ||
        answer.status === 413 ||
        answer.status === 415
      )
        setServerFile(failure.error.message);
      setFailure(failure);
      focusFirstError();
      return false;
    }
    onSaved(answer.body!.draft!, false);
    return true;
  };
  return { send, server, general, serverFile, setServerFile, progress };
}
