/**
 * The audit package's message catalogue (ru/en).
 *
 * @module @kabinet/audit/messages
 */
export { auditMessages, type AuditMessageCode } from './audit-messages.js';
