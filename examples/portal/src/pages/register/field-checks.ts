// The checks the wizard runs in the browser before it asks the API: the validators the server
// uses, with their messages; and the focus moved to the first field they mark.
import type { Issue } from '@kabinet/core/result';
import { parseDate } from '@kabinet/validators/date';
import { dateMessages } from '@kabinet/validators/date/messages';
import { checkFileHead, filePolicies, FILE_HEAD_BYTES } from '@kabinet/validators/file';
import { fileMessages } from '@kabinet/validators/file/messages';
import { issueMessage, t } from '../../i18n';

/** The message of the first issue, from a validator's catalogue. */
export const firstIssueMessage = (
  issues: readonly Issue[],
  catalogue: Parameters<typeof issueMessage>[1],
): string => issueMessage(issues[0]!, catalogue);

/** A date typed as ДД.ММ.ГГГГ, checked in the browser by the validators the server uses. */
export function checkDate(value: string, path: string): string | undefined {
  if (value.trim() === '') return t('required');
  const r = parseDate(value, { path: [path] });
  return r.success ? undefined : firstIssueMessage(r.issues, dateMessages);
}

/** A document scan: present, and its type and size by the file's first bytes. */
export async function checkScan(f: File | undefined): Promise<string | undefined> {
  if (f === undefined) return t('required');
  const head = new Uint8Array(await f.slice(0, FILE_HEAD_BYTES).arrayBuffer());
  const r = await checkFileHead(head, f.size, filePolicies.document, { path: ['file'] });
  return r.success ? undefined : firstIssueMessage(r.issues, fileMessages);
}

/** Moves the focus to the first field marked invalid, once it is rendered. */
export function focusFirstError(): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}
