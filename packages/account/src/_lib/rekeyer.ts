import type { EncryptedText, StoredContact, StoredDocument } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { indexForm, piiContext } from './contact-values.js';
import { documentIndex } from './document-index.js';

/** Re-seals the fields of one account or draft under the current keys, noting whether anything changed. */
export interface Rekeyer {
  /** The ciphertext under the current `pii-encryption` key (the same one when it already is). */
  reseal(text: EncryptedText, field: string): EncryptedText;
  /** The contact re-sealed, with its blind index under the current `blind-index` key. */
  reindex<C extends Pick<StoredContact, 'value' | 'blindIndex'>>(
    contact: C,
    channel: 'phone' | 'email',
    field: string,
  ): C;
  /**
   * The document re-sealed, with its blind index (kind + country + number) under the current
   * `blind-index` key — also for a document bound before documents had one (one person, one account).
   */
  reindexDocument(doc: StoredDocument): StoredDocument;
  /** Whether any field was stale. */
  readonly changed: boolean;
}

/**
 * The re-keying steps for the fields of one record (the encryption context of each field is
 * `<kind>:<id>:<field>`, as when it was written).
 *
 * @param ctx - the account context (cipher and blind index)
 * @param kind - an account or a draft
 * @param id - the record's id
 * @returns the steps and whether any was needed
 * @throws `KabinetError` `ERR_CRYPTO` (from a step) when a field cannot be decrypted
 * @example
 * ```ts
 * const r = createRekeyer(ctx, 'draft', draft.id);
 * const personal = draft.personal === undefined ? undefined : r.reseal(draft.personal, 'personal');
 * if (r.changed) await ctx.stores.drafts.update({ ...draft, personal }, version);
 * ```
 */
export function createRekeyer(ctx: AccountContext, kind: 'account' | 'draft', id: string): Rekeyer {
  let changed = false;
  const at = (field: string): string => piiContext(kind, id, field);
  const reseal = (text: EncryptedText, field: string): EncryptedText => {
    if (!ctx.pii.isStale(text)) return text;
    changed = true;
    return ctx.pii.encrypt(ctx.pii.decrypt(text, at(field)), at(field));
  };
  return {
    reseal,
    reindex(contact, channel, field) {
      if (ctx.blindIndex.isCurrent(contact.blindIndex))
        return { ...contact, value: reseal(contact.value, field) };
      changed = true;
      // One decryption serves both the new index and, when stale, the new ciphertext.
      const plain = ctx.pii.decrypt(contact.value, at(field));
      const value = ctx.pii.isStale(contact.value)
        ? ctx.pii.encrypt(plain, at(field))
        : contact.value;
      return { ...contact, value, blindIndex: ctx.blindIndex(channel, indexForm(channel, plain)) };
    },
    reindexDocument(doc) {
      const field = `document:${doc.id}`;
      if (doc.blindIndex !== undefined && ctx.blindIndex.isCurrent(doc.blindIndex))
        return { ...doc, data: reseal(doc.data, field) };
      const plain = ctx.pii.decrypt(doc.data, at(field));
      const index = documentIndex(ctx, doc.kind, JSON.parse(plain) as Record<string, string>);
      const data = ctx.pii.isStale(doc.data) ? ctx.pii.encrypt(plain, at(field)) : doc.data;
      if (data !== doc.data || index !== doc.blindIndex) changed = true;
      const { blindIndex: _old, ...rest } = doc;
      return { ...rest, data, ...(index === undefined ? {} : { blindIndex: index }) };
    },
    get changed() {
      return changed;
    },
  };
}
