/**
 * Contacts: change with a code to the new value and a notice to the old one, the change
 * history with restore, messengers and a trusted person's phone (CONTACT-4, CONTACT-5, S-11).
 *
 * @example
 * ```ts
 * import { createAccountServices } from '@kabinet/account/context';
 * import type { ContactsService } from '@kabinet/account/contacts';
 * const contacts: ContactsService = createAccountServices(config).contacts;
 * ```
 *
 * @module @kabinet/account/contacts
 */
export type {
  ContactsService,
  ContactsView,
  ContactView,
  ExtraChannelView,
  PendingChangeView,
  ContactVersionView,
} from './create-contacts-service.js';
export { contactInputSchemas, type ContactInput } from './contact-input-schemas.js';
