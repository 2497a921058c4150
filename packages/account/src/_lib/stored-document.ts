import { createId } from '@kabinet/core';
import type { StoredDocument } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { piiContext } from './contact-values.js';
import { documentIndex } from './document-index.js';
import type { ParsedDocument } from './parse-document.js';

/** A parsed document as stored, its fields encrypted for its owner (ACC-10); an account's carries its unique blind index (one person, one account). */
export function storedDocument(
  ctx: AccountContext,
  ownerKind: 'account' | 'draft',
  ownerId: string,
  doc: ParsedDocument,
  fileIds: readonly string[],
  now: number,
): StoredDocument {
  const id = createId('doc', now, ctx.random);
  const index = ownerKind === 'account' ? documentIndex(ctx, doc.kind, doc.fields) : undefined;
  return {
    id,
    kind: doc.kind,
    data: ctx.pii.encryptJson(doc.fields, piiContext(ownerKind, ownerId, `document:${id}`)),
    masked: doc.masked,
    ...(doc.expiresOn === undefined ? {} : { expiresOn: doc.expiresOn }),
    fileIds: [...fileIds],
    boundAt: now,
    ...(index === undefined ? {} : { blindIndex: index }),
  };
}
