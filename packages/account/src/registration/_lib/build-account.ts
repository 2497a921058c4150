import type { AccountRecord, DraftRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { indexForm, piiContext } from '../../_lib/contact-values.js';
import { documentIndex } from '../../_lib/document-index.js';
import type { PersonalData } from '../../_lib/parse-personal.js';
import { applyLevel, applyLifecycle, type AppliedTransition } from '../../steps/transitions.js';

/** The account a finished draft becomes, its personal data re-encrypted for the account (ACC-10). */
export function buildAccount(
  ctx: AccountContext,
  draft: DraftRecord,
  id: string,
  now: number,
): {
  account: AccountRecord;
  transitions: AppliedTransition[];
  active: boolean;
  contacts: { phone: string; email: string };
  documentFields: Record<string, Record<string, string>>;
} {
  const personal = ctx.pii.decryptJson<PersonalData>(
    draft.personal!,
    piiContext('draft', draft.id, 'personal'),
  );
  const contacts = {
    phone: ctx.pii.decrypt(draft.phone!.value, piiContext('draft', draft.id, 'phone')),
    email: ctx.pii.decrypt(draft.email!.value, piiContext('draft', draft.id, 'email')),
  };
  const recontact = (channel: 'phone' | 'email'): AccountRecord['phone'] => {
    const value = contacts[channel];
    // Indexed under the current key, even when the draft was started before a key rotation.
    return {
      value: ctx.pii.encrypt(value, piiContext('account', id, channel)),
      blindIndex: ctx.blindIndex(channel, indexForm(channel, value)),
      masked: draft[channel]!.masked,
    };
  };
  const documentFields: Record<string, Record<string, string>> = {};
  const documents = draft.documents.map((d) => {
    const plain = ctx.pii.decrypt(d.data, piiContext('draft', draft.id, `document:${d.id}`));
    const fields = JSON.parse(plain) as Record<string, string>;
    documentFields[d.id] = fields;
    // Indexed under the current key: the account's unique key for the document (one person, one account).
    const index = documentIndex(ctx, d.kind, fields);
    const { blindIndex: _stale, ...rest } = d;
    return {
      ...rest,
      data: ctx.pii.encrypt(plain, piiContext('account', id, `document:${d.id}`)),
      ...(index === undefined ? {} : { blindIndex: index }),
    };
  });
  let account: AccountRecord = {
    id,
    userType: draft.userType!,
    lifecycle: 'draft',
    level: 'none',
    createdAt: now,
    updatedAt: now,
    personal: ctx.pii.encryptJson(personal, piiContext('account', id, 'personal')),
    phone: recontact('phone'),
    email: recontact('email'),
    extra: { messengers: [] },
    pendingContactChanges: [],
    documents,
    password: { hash: draft.passwordHash!, changedAt: now, previous: [] },
    secondFactor: { method: 'sms' },
    identityChecks: [],
    sessionIds: [],
    blockedIps: [],
    termsVersion: draft.termsVersion!,
    termsAcceptedAt: draft.termsAcceptedAt!,
  };
  const transitions: AppliedTransition[] = [];
  const submitted = applyLifecycle(account, 'submit', now);
  if (submitted.success) {
    account = submitted.data.account;
    transitions.push(...submitted.data.transitions);
  }
  const active = draft.phone?.confirmedAt !== undefined && draft.email?.confirmedAt !== undefined;
  if (active) {
    // CONTACT-6: active only with both contacts confirmed; the level rises to simplified (ACC-2).
    const life = applyLifecycle(account, 'contacts_confirmed', now);
    if (life.success) {
      const level = applyLevel(life.data.account, 'contacts_confirmed', now);
      if (level.success) {
        account = {
          ...level.data.account,
          phone: { ...account.phone, confirmedAt: draft.phone.confirmedAt },
          email: { ...account.email, confirmedAt: draft.email.confirmedAt },
        };
        transitions.push(...life.data.transitions, ...level.data.transitions);
      }
    }
  }
  return { account, transitions, active, contacts, documentFields };
}
