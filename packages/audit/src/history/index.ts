/**
 * History folds over journal events: the state as of a `seq`, the versions of a contact
 * (CONTACT-5) and the login log with IP addresses (AUD-2, ACC-11).
 *
 * @module @kabinet/audit/history
 */
export type { JournalEvent, PayloadView } from './journal-event.js';
export { foldHistory } from './fold-history.js';
export { foldContactVersions, type ContactVersion } from './fold-contact-versions.js';
export { foldLoginLog, type LoginRecord, type LoginLog } from './fold-login-log.js';
