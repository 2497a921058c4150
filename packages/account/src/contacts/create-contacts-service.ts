import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import type { CodeSent } from '../context/code-sent.js';
import { confirmContactChange } from './confirm-contact-change.js';
import { contactHistory } from './contact-history.js';
import type { ContactInput } from './contact-input-schemas.js';
import type { ContactVersionView, ContactsView } from './contacts-views.js';
import { getContacts } from './get-contacts.js';
import { removeMessenger } from './remove-messenger.js';
import { removeTrustedPhone } from './remove-trusted-phone.js';
import { requestContactChange } from './request-contact-change.js';
import { restoreContact } from './restore-contact.js';
import { setMessenger } from './set-messenger.js';
import { setTrustedPhone } from './set-trusted-phone.js';
import type { AccountResult } from '../messages/account-result.js';

export type {
  ContactVersionView,
  ContactView,
  ContactsView,
  ExtraChannelView,
  PendingChangeView,
} from './contacts-views.js';

/** Contacts: change with a code to the new value, history and restore, optional channels (CONTACT-4, CONTACT-5, S-11). */
export interface ContactsService {
  /** The account's contacts. */
  get(auth: AuthContext): Promise<AccountResult<ContactsView>>;
  /** The change history of phone and e-mail (История изменений), oldest first. */
  history(auth: AuthContext): Promise<AccountResult<ContactVersionView[]>>;
  /** Starts a change `{ channel: 'phone' | 'email', value }`: a code goes to the new value (needs recent re-authentication). */
  requestChange(
    auth: AuthContext,
    input: ContactInput<'requestChange'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CodeSent>>;
  /** Finishes a change `{ channel, code }`: the old contact is told, the change is journaled. */
  confirmChange(
    auth: AuthContext,
    input: ContactInput<'confirmChange'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<ContactsView>>;
  /** Restores an earlier version `{ channel, seq }` from the history: like a change, confirmed by a code to that value. */
  restore(
    auth: AuthContext,
    input: ContactInput<'restore'>,
    meta?: RequestMeta,
  ): Promise<AccountResult<CodeSent>>;
  /** Sets a messenger `{ kind: 'telegram' | 'viber' | 'whatsapp', value }` (Telegram `@name` or a phone; others a phone). */
  setMessenger(
    auth: AuthContext,
    input: ContactInput<'setMessenger'>,
  ): Promise<AccountResult<ContactsView>>;
  /** Removes a messenger `{ kind }`. */
  removeMessenger(
    auth: AuthContext,
    input: ContactInput<'removeMessenger'>,
  ): Promise<AccountResult<ContactsView>>;
  /** Sets a trusted person's phone `{ phone }`. */
  setTrustedPhone(
    auth: AuthContext,
    input: ContactInput<'setTrustedPhone'>,
  ): Promise<AccountResult<ContactsView>>;
  /** Removes the trusted person's phone. */
  removeTrustedPhone(auth: AuthContext): Promise<AccountResult<ContactsView>>;
}

/**
 * Creates the contacts service.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const contacts = createContactsService(ctx);
 * await contacts.requestChange(auth, { channel: 'phone', value: '+998935554433' });
 * await contacts.confirmChange(auth, { channel: 'phone', code: '123456' });
 * ```
 */
export function createContactsService(ctx: AccountContext): ContactsService {
  return {
    get: (auth) => getContacts(ctx, auth),
    history: (auth) => contactHistory(ctx, auth),
    requestChange: (auth, input, meta) => requestContactChange(ctx, auth, input, meta),
    confirmChange: (auth, input, meta) => confirmContactChange(ctx, auth, input, meta),
    restore: (auth, input, meta) => restoreContact(ctx, auth, input, meta),
    setMessenger: (auth, input) => setMessenger(ctx, auth, input),
    removeMessenger: (auth, input) => removeMessenger(ctx, auth, input),
    setTrustedPhone: (auth, input) => setTrustedPhone(ctx, auth, input),
    removeTrustedPhone: (auth) => removeTrustedPhone(ctx, auth),
  };
}
