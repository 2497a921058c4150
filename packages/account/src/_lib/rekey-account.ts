import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import { createRekeyer } from './rekeyer.js';

/**
 * The account with every encrypted field sealed under the current `pii-encryption` key and
 * every contact and document blind index computed under the current `blind-index` key (a
 * document bound before documents had an index gets one), or `undefined` when
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
export function rekeyAccount(
  ctx: AccountContext,
  account: AccountRecord,
): AccountRecord | undefined {
  const r = createRekeyer(ctx, 'account', account.id);
  const { trustedPhone } = account.extra;
  const totp = account.secondFactor.totp;
  const next: AccountRecord = {
    ...account,
    personal: r.reseal(account.personal, 'personal'),
    phone: r.reindex(account.phone, 'phone', 'phone'),
    email: r.reindex(account.email, 'email', 'email'),
    extra: {
      ...account.extra,
      messengers: account.extra.messengers.map((m) => ({
        ...m,
        value: r.reseal(m.value, `messenger:${m.kind}`),
      })),
      ...(trustedPhone === undefined
        ? {}
        : {
            trustedPhone: { ...trustedPhone, value: r.reseal(trustedPhone.value, 'trusted_phone') },
          }),
    },
    pendingContactChanges: account.pendingContactChanges.map((p) =>
      r.reindex(p, p.channel, `pending:${p.channel}`),
    ),
    documents: account.documents.map((d) => r.reindexDocument(d)),
    secondFactor:
      totp === undefined
        ? account.secondFactor
        : { ...account.secondFactor, totp: { ...totp, secret: r.reseal(totp.secret, 'totp') } },
    identityChecks: account.identityChecks.map((c) => ({
      ...c,
      evidence: r.reseal(c.evidence, `check:${c.id}`),
    })),
  };
  return r.changed ? next : undefined;
}
