import { ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import { parseAddress } from '@kabinet/validators/address';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext } from '../context/auth-context.js';
import { readPersonal } from '../_lib/account-pii.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { piiContext } from '../_lib/contact-values.js';
import { identityView } from '../_lib/identity-view.js';
import { accountParty } from '../_lib/journal-draft.js';
import { ownedAccount } from './_lib/owned-account.js';
import { reopenIfNeeded } from './_lib/reopen-if-needed.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { IdentityView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Changes the address `{ address }` (DOC-10); for a permit holder it re-opens the check
 * (ACC-6).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ address }`, validated at run time
 * @returns the identity view, with warnings for doubtful parts
 * @example
 * ```ts
 * await updateAddress(ctx, auth, { address: { region: 'Москва', city: 'Москва', street: 'Тверская', house: '1' } });
 * ```
 */
export async function updateAddress(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'updateAddress'>,
): Promise<Result<IdentityView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.updateAddress, input);
  if (!read.success) return read;
  const address = parseAddress(read.data.address, { path: ['address'] });
  if (!address.success) return address;
  const account = await ownedAccount(ctx, auth);
  if (!account.success) return account;
  return runAccountStep(ctx, auth.accountId, accountParty(auth.accountId), async (current, at) => {
    const personal = readPersonal(ctx, current);
    let next: AccountRecord = {
      ...current,
      personal: ctx.pii.encryptJson(
        { ...personal, address: address.data },
        piiContext('account', current.id, 'personal'),
      ),
      updatedAt: at,
    };
    const reopened = await reopenIfNeeded(ctx, next, at);
    if (!reopened.success) return { result: reopened };
    next = reopened.data.account;
    return {
      result: ok(identityView(ctx, next), address.warnings),
      account: next,
      journal: [
        {
          action: 'identity.address_changed',
          payload: { transitions: reopened.data.transitions.map((t) => ({ ...t })) },
        },
      ],
    };
  });
}
