import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { readContactValue } from '../_lib/account-pii.js';
import { codeOutcomeIssue } from '../_lib/code-outcome.js';
import { piiContext } from '../_lib/contact-values.js';
import { guardCode } from '../_lib/guard-code.js';
import { accountParty, journalDraft } from '../_lib/journal-draft.js';
import { notifyAccount } from '../_lib/notify.js';
import { runAccountStep } from '../steps/run-account-step.js';
import { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
import type { ContactsView } from './contacts-views.js';
import { contactsAccount } from './_lib/contacts-account.js';
import { contactsView } from './_lib/contacts-view.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

/**
 * Finishes a contact change or restore `{ channel, code }` (CONTACT-4, CONTACT-5): the code sent
 * to the new value, entered in the session that asked (OTP-2); the change is journaled with the
 * values before and after, and the old contact is told (S-11).
 *
 * @param ctx - the account context
 * @param auth - the signed-in session that asked for the change
 * @param input - `{ channel, code }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the contacts after the change
 * @example
 * ```ts
 * const r = await confirmContactChange(ctx, auth, { channel: 'phone', code: '123456' });
 * ```
 */
export async function confirmContactChange(
  ctx: AccountContext,
  auth: AuthContext,
  input: ContactInput<'confirmChange'>,
  meta: RequestMeta = {},
): Promise<Result<ContactsView, AccountIssueCode>> {
  const read = readInput(contactInputSchemas.confirmChange, input);
  if (!read.success) return read;
  const { channel, code } = read.data;
  const account = await contactsAccount(ctx, auth, false);
  if (!account.success) return account;
  const pending = account.data.pendingContactChanges.find((p) => p.channel === channel);
  if (pending === undefined) return fail(issue('contact.no_pending_change', ['channel']));
  // OTP-3: keyed on the new contact; OTP-2: the code only works in the session that asked.
  const guarded = await guardCode(ctx, `${channel}:${pending.blindIndex}`, meta.ip, () =>
    ctx.otp.verify({ challengeId: pending.challengeId, sessionId: auth.sessionId, code }),
  );
  if (!guarded.success) return guarded;
  const verdict = guarded.data;
  if (verdict.outcome !== 'ok') return fail(codeOutcomeIssue(verdict.outcome));
  let previous: AccountRecord | undefined;
  const r = await runAccountStep(
    ctx,
    auth.accountId,
    accountParty(auth.accountId),
    async (current, now) => {
      const still = current.pendingContactChanges.find(
        (p) => p.challengeId === pending.challengeId,
      );
      if (still === undefined)
        return { result: fail(issue('contact.no_pending_change', ['channel'])) };
      const value = ctx.pii.decrypt(
        still.value,
        piiContext('account', current.id, `pending:${channel}`),
      );
      const before = readContactValue(ctx, current, channel);
      previous = current;
      const next: AccountRecord = {
        ...current,
        [channel]: {
          value: ctx.pii.encrypt(value, piiContext('account', current.id, channel)),
          blindIndex: still.blindIndex,
          masked: still.masked,
          confirmedAt: now,
        },
        pendingContactChanges: current.pendingContactChanges.filter((p) => p !== still),
        updatedAt: now,
      };
      // CONTACT-5: the change is journaled with the values before and after (encrypted beside the chain).
      const entry =
        still.restoresSeq === undefined
          ? journalDraft('contact.changed', { kind: channel, before, after: value })
          : journalDraft('contact.restored', {
              kind: channel,
              before,
              after: value,
              fromSeq: still.restoresSeq,
            });
      return { result: ok(contactsView(next)), account: next, journal: [entry] };
    },
  );
  if (r.success && previous !== undefined) {
    // S-11, CONTACT-5: the old contact is told (and the new one confirmed it already).
    const old = previous;
    await notifyAccount(
      ctx,
      old,
      {
        code: 'notice.contact_changed',
        params: { channel: channel === 'phone' ? 'телефон' : 'e-mail', masked: pending.masked },
        purpose: 'contact-changed-notice',
      },
      [channel],
    );
  }
  return r;
}
