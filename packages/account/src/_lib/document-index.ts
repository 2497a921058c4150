import type { AccountRecord, DocumentKind, Stored, StoredDocument } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';

/**
 * The form a document is indexed in: kind, issuing country and number (series and number
 * together), as the validators normalized them. Documents without a country of their own are
 * Russian (a residence permit, a migration card, a visa, SNILS, INN).
 */
function indexForm(
  kind: DocumentKind,
  fields: Readonly<Record<string, string>>,
): string | undefined {
  const number =
    kind === 'residence_permit'
      ? `${fields['series'] ?? ''}${fields['number'] ?? ''}`
      : (fields['number'] ?? '');
  if (number === '') return undefined;
  const country =
    fields['country'] !== undefined && fields['country'] !== '' ? fields['country'] : 'RUS';
  return `${kind}\u0000${country.toUpperCase()}\u0000${number.toUpperCase()}`;
}

/** The document's blind index under the current `blind-index` key, or `undefined` for a document without a number. */
export function documentIndex(
  ctx: AccountContext,
  kind: DocumentKind,
  fields: Readonly<Record<string, string>>,
): string | undefined {
  const form = indexForm(kind, fields);
  return form === undefined ? undefined : ctx.blindIndex('document', form);
}

/** The unique key of a document index in the accounts store. */
export function documentKey(index: string): string {
  return `document:${index}`;
}

/**
 * The account other than `self` that holds this document — under the current index or under a
 * retired `blind-index` key (an account not yet re-keyed) — or `undefined`.
 *
 * @param ctx - the account context
 * @param kind - the document's kind
 * @param fields - its normalized fields
 * @param self - the account asking (its own copy does not count)
 * @returns the holder, or `undefined`
 * @example
 * ```ts
 * if ((await documentHolder(ctx, doc.kind, doc.fields, account.id)) !== undefined) return fail(issue('document.unavailable', ['document']));
 * ```
 */
export async function documentHolder(
  ctx: AccountContext,
  kind: DocumentKind,
  fields: Readonly<Record<string, string>>,
  self?: string,
): Promise<Stored<AccountRecord> | undefined> {
  const form = indexForm(kind, fields);
  if (form === undefined) return undefined;
  for (const index of [
    ctx.blindIndex('document', form),
    ...ctx.blindIndex.retired('document', form),
  ]) {
    const holder = await ctx.stores.accounts.findByKey(documentKey(index));
    if (holder !== undefined && holder.id !== self) return holder;
  }
  return undefined;
}

/** The document keys an account owns: one per document that has an index. */
export function documentKeys(documents: readonly Pick<StoredDocument, 'blindIndex'>[]): string[] {
  return documents.flatMap((d) => (d.blindIndex === undefined ? [] : [documentKey(d.blindIndex)]));
}
