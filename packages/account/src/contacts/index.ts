/**
 * Contacts: change with a code to the new value and a notice to the old one, the change
 * history with restore, messengers and a trusted person's phone (CONTACT-4, CONTACT-5, S-11).
 *
 * @example
 * ```ts
 * import { createContactsService } from '@kabinet/account/contacts';
 * ```
 *
 * @module @kabinet/account/contacts
 */
export {
  createContactsService,
  type ContactsService,
  type ContactsView,
  type ContactView,
  type ExtraChannelView,
  type PendingChangeView,
  type ContactVersionView,
} from './create-contacts-service.js';
export { contactInputSchemas } from './contact-input-schemas.js';
