import type { IssueStatusTable } from './issue-status-table.js';

/**
 * `@kabinet/audit`'s codes: journal actions as the journal shows them, and the findings of a
 * chain or checkpoint check. Keyed by `string`: `@kabinet/http` does not depend on
 * `@kabinet/audit`, whose `AuditMessageCode` would close it (the test checks every code).
 */
export const auditIssueStatuses: IssueStatusTable<string> = {
  'audit.action.account.ip.blocked': null,
  'audit.action.account.login.code_sent': null,
  'audit.action.account.login.failed': null,
  'audit.action.account.login.second_factor_requested': null,
  'audit.action.account.login.succeeded': null,
  'audit.action.contact.changed': null,
  'audit.action.contact.restored': null,
  'audit.action.format': null,
  'audit.action.journal.keys.rewrapped': null,
  'audit.action.journal.subject.erased': null,
  'audit.chain.broken_link': null,
  'audit.chain.time_regression': null,
  'audit.checkpoint.beyond_end': null,
  'audit.checkpoint.malformed': null,
  'audit.checkpoint.mismatch': null,
  'audit.checkpoint.origin': null,
  'audit.checkpoint.signature': null,
  'audit.checkpoint.unknown_key': null,
  'audit.entry.hash_mismatch': null,
  'audit.entry.malformed': null,
  'audit.party.id': null,
  'audit.party.type': null,
  'audit.payload.not_json': null,
  'audit.restore.erased': null,
  'audit.restore.unchanged': null,
  'audit.restore.unknown_version': null,
};
