import { KabinetError } from '@kabinet/core';
import type { NoticeDraft } from '../notice-board.js';
import { NOTICE_KINDS } from '../notice-kinds.js';

function misuse(why: string): never {
  throw new KabinetError('ERR_INVALID_ARGUMENT', `notice board: ${why}`);
}

const text = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= 200;

// A draft comes from service code, never from a user: a wrong one is a programming fault.
export function checkDraft(draft: NoticeDraft): void {
  if (typeof draft !== 'object' || draft === null) misuse('a draft is an object');
  if (!text(draft.accountId)) misuse('accountId is a non-empty string');
  if (!NOTICE_KINDS.includes(draft.kind)) misuse(`unknown kind ${String(draft.kind)}`);
  if (!text(draft.code)) misuse('code is a non-empty string');
  if (draft.notBefore !== undefined && !Number.isFinite(draft.notBefore))
    misuse('notBefore is a finite epoch ms');
  if (draft.key !== undefined && !text(draft.key)) misuse('key is a non-empty string');
  if (draft.subject !== undefined && (!text(draft.subject.type) || !text(draft.subject.id)))
    misuse('a subject has a type and an id');
  for (const value of Object.values(draft.params ?? {})) {
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
      misuse('params are strings or finite numbers');
  }
}
