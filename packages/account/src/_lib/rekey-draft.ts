import type { DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { createRekeyer } from './rekeyer.js';

/**
 * The registration draft with its personal data, documents and contacts sealed under the
 * current `pii-encryption` key and its contact indexes under the current `blind-index` key, or
 * `undefined` when nothing was stale.
 *
 * @param ctx - the account context (cipher and blind index)
 * @param draft - the stored draft
 * @returns the re-keyed draft, or `undefined` when it is current
 * @throws `KabinetError` `ERR_CRYPTO` when a field cannot be decrypted
 * @example
 * ```ts
 * const next = rekeyDraft(ctx, draft);
 * if (next !== undefined) await ctx.stores.drafts.update(next, stored.version);
 * ```
 */
export function rekeyDraft(ctx: AccountContext, draft: DraftRecord): DraftRecord | undefined {
  const r = createRekeyer(ctx, 'draft', draft.id);
  const { personal, phone, email } = draft;
  const next: DraftRecord = {
    ...draft,
    ...(personal === undefined ? {} : { personal: r.reseal(personal, 'personal') }),
    ...(phone === undefined ? {} : { phone: r.reindex(phone, 'phone', 'phone') }),
    ...(email === undefined ? {} : { email: r.reindex(email, 'email', 'email') }),
    documents: draft.documents.map((d) => ({ ...d, data: r.reseal(d.data, `document:${d.id}`) })),
  };
  return r.changed ? next : undefined;
}
