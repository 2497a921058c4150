import type { AccountRecord, EncryptedText, StoredContact } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { indexForm, piiContext } from './contact-values.js';

/**
 * The account with every encrypted field sealed under the current `pii-encryption` key and
 * every contact blind index computed under the current `blind-index` key, or `undefined` when
 * nothing was stale. Values and contexts stay what they were, so every reader works on the
 * result as before. IP blocks keep their indexes: only the index of a blocked address is
 * stored, so it cannot be recomputed.
 *
 * @param ctx - the account context (cipher and blind index)
 * @param account - the stored account
 * @returns the re-keyed account, or `undefined` when it is current
 * @throws `KabinetError` `ERR_CRYPTO` when a field cannot be decrypted (a key gone from the
 *   provider, or altered data)
 * @example
 * ```ts
 * const next = rekeyAccount(ctx, account);
 * if (next !== undefined) await ctx.stores.accounts.update(next, stored.version, { uniqueKeys: accountKeys(next) });
 * ```
 */
export function rekeyAccount(ctx: AccountContext, account: AccountRecord): AccountRecord | undefined {
  let changed = false;
  const at = (field: string): string => piiContext('account', account.id, field);
  const reseal = (text: EncryptedText, field: string): EncryptedText => {
    if (!ctx.pii.isStale(text)) return text;
    changed = true;
    return ctx.pii.encrypt(ctx.pii.decrypt(text, at(field)), at(field));
  };
  const reindex = <C extends Pick<StoredContact, 'value' | 'blindIndex'>>(contact: C, channel: 'phone' | 'email', field: string): C => {
    const value = reseal(contact.value, field);
    if (ctx.blindIndex.isCurrent(contact.blindIndex)) return value === contact.value ? contact : { ...contact, value };
    changed = true;
    return { ...contact, value, blindIndex: ctx.blindIndex(channel, indexForm(channel, ctx.pii.decrypt(value, at(field)))) };
  };
  const { trustedPhone } = account.extra;
  const totp = account.secondFactor.totp;
  const next: AccountRecord = {
    ...account,
    personal: reseal(account.personal, 'personal'),
    phone: reindex(account.phone, 'phone', 'phone'),
    email: reindex(account.email, 'email', 'email'),
    extra: {
      ...account.extra,
      messengers: account.extra.messengers.map((m) => ({ ...m, value: reseal(m.value, `messenger:${m.kind}`) })),
      ...(trustedPhone === undefined ? {} : { trustedPhone: { ...trustedPhone, value: reseal(trustedPhone.value, 'trusted_phone') } }),
    },
    pendingContactChanges: account.pendingContactChanges.map((p) => reindex(p, p.channel, `pending:${p.channel}`)),
    documents: account.documents.map((d) => ({ ...d, data: reseal(d.data, `document:${d.id}`) })),
    secondFactor: totp === undefined ? account.secondFactor : { ...account.secondFactor, totp: { ...totp, secret: reseal(totp.secret, 'totp') } },
    identityChecks: account.identityChecks.map((c) => ({ ...c, evidence: reseal(c.evidence, `check:${c.id}`) })),
  };
  return changed ? next : undefined;
}
