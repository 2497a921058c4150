import type { JournalPayloadOf } from '@kabinet/audit';
import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
import { piiContext } from '../../_lib/contact-values.js';
import { accountParty, journalDraft } from '../../_lib/journal-draft.js';
import { runAccountStep } from '../../steps/run-account-step.js';
import type { ContactsView } from '../contacts-views.js';
import { contactsAccount } from './contacts-account.js';
import { contactsView } from './contacts-view.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** A change to the optional channels (messengers, trusted phone) and what to journal about it. */
export type ExtraChange<A extends ExtraChannelAction> = (
  account: AccountRecord,
) => Result<{ account: AccountRecord; payload: JournalPayloadOf<A> }, AccountIssueCode>;

/** The journal actions of the optional channels. */
export type ExtraChannelAction = 'contact.channel_set' | 'contact.channel_removed';

/** Applies a change to the account's optional channels and journals it under `action`. */
export async function editExtra<A extends ExtraChannelAction>(
  ctx: AccountContext,
  auth: AuthContext,
  action: A,
  change: ExtraChange<A>,
): Promise<Result<ContactsView, AccountIssueCode>> {
  const account = await contactsAccount(ctx, auth, false);
  if (!account.success) return account;
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (current, now) => {
    const r = change(current);
    if (!r.success) return { result: r };
    return {
      result: ok(contactsView(r.data.account)),
      account: { ...r.data.account, updatedAt: now },
      journal: [journalDraft(action, r.data.payload)],
    };
  });
}

/** An optional channel's value as stored: encrypted, and masked for display. */
export interface StoredExtra {
  /** The value, encrypted under the channel's PII context. */
  readonly value: string;
  /** The value masked for display. */
  readonly masked: string;
}

/** The optional channel to set: its journal name, its PII context name and its value. */
export interface ExtraValue {
  /** The channel as the journal names it (`telegram`, `trusted_phone`, …). */
  readonly channel: JournalPayloadOf<'contact.channel_set'>['channel'];
  /** The name in the value's PII context (`messenger:telegram`, `trusted_phone`). */
  readonly piiName: string;
  /** The normalized value. */
  readonly value: string;
  /** The value masked for display. */
  readonly masked: string;
}

/**
 * Sets one optional channel (a messenger, the trusted phone): the value is stored encrypted
 * under its PII context beside its mask, where `place` puts it, and journaled as
 * `contact.channel_set` with the mask.
 */
export function setExtra(
  ctx: AccountContext,
  auth: AuthContext,
  { channel, piiName, value, masked }: ExtraValue,
  place: (extra: AccountRecord['extra'], stored: StoredExtra) => AccountRecord['extra'],
): Promise<Result<ContactsView, AccountIssueCode>> {
  return editExtra(ctx, auth, 'contact.channel_set', (account) => {
    const stored = {
      value: ctx.pii.encrypt(value, piiContext('account', account.id, piiName)),
      masked,
    };
    const extra = place(account.extra, stored);
    return ok({ account: { ...account, extra }, payload: { channel, masked } });
  });
}
