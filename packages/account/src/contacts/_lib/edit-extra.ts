import type { JournalPayloadOf } from '@kabinet/audit';
import { ok, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { AuthContext } from '../../context/auth-context.js';
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
