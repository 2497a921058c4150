import type { ru } from './ru.js';

/** English messages of @kabinet/audit. */
export const en: { readonly [K in keyof typeof ru]: string } = {
  'audit.party.type': 'Party type: lower-case Latin letters, at most 32 characters',
  'audit.party.id':
    'A party id must be opaque (letters, digits, _ . : -, at most {max} characters), not a phone number or an e-mail',
  'audit.action.format':
    'An action is dot-namespaced, e.g. contact.changed (at most {max} characters)',
  'audit.payload.not_json': 'The event data has no canonical JSON form',
  'audit.checkpoint.malformed': 'The journal checkpoint is damaged',
  'audit.checkpoint.unknown_key': 'The checkpoint is signed by an unknown key {kid}',
  'audit.checkpoint.signature': 'The checkpoint signature is invalid (key {kid})',
  'audit.checkpoint.origin': 'The checkpoint belongs to another journal ({origin})',
  'audit.entry.malformed': 'Journal entry #{seq} is damaged',
  'audit.entry.hash_mismatch': 'Journal entry #{seq} was changed: its hash does not match',
  'audit.chain.broken_link':
    'The journal chain is broken at entry #{seq}: an entry was deleted, inserted or moved',
  'audit.chain.time_regression': 'Journal entry #{seq} is older than the entry before it',
  'audit.checkpoint.mismatch':
    'The journal does not match the signed checkpoint of size {size}: entries after #{seq} were rewritten',
  'audit.checkpoint.beyond_end':
    'The journal was cut off: {size} entries were signed, {seq} are left',
  'audit.restore.unknown_version': 'The history has no such contact version',
  'audit.restore.erased': 'This contact version was erased and cannot be restored',
  'audit.restore.unchanged': 'This contact version is already in effect',
  'audit.action.contact.changed': 'Contact details changed',
  'audit.action.contact.restored': 'Contact details restored from the change history',
  'audit.action.account.login.succeeded': 'Signed in',
  'audit.action.account.login.failed': 'Failed sign-in attempt',
  'audit.action.account.login.second_factor_requested':
    'Password accepted; the sign-in waits for its second factor',
  'audit.action.account.login.code_sent': 'Sign-in code sent',
  'audit.action.account.ip.blocked': 'IP address blocked',
  'audit.action.journal.subject.erased': 'Personal data erased from the journal',
  'audit.action.journal.keys.rewrapped': 'Journal data keys re-wrapped with the new key',
};
