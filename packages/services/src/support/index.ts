/**
 * Support requests (SVC-3): a request with a topic, a text and attachments gets a readable
 * ticket number, moves from «Получено» through «В работе» and «Ожидает ответа» to «Решено»
 * by a transition table, is escalated when the 48-hour answer time passes, and carries the
 * account operations support performs for it (ACC-9). Every step is journaled
 * (`support_request.*`) and notified (kind `support`).
 *
 * @example
 * ```ts
 * import { createSupportRequests } from '@kabinet/services/support';
 * const support = createSupportRequests(deps, { scanFile });
 * const opened = await support.create({ accountId, topic: 'access', text: 'Не приходит код' });
 * await support.escalateOverdue({ limit: 100 }); // a tick: escalates requests past their deadline
 * ```
 *
 * @module @kabinet/services/support
 */
export {
  SUPPORT_TOPICS,
  type SupportTopic,
  type SupportTopicDefinition,
} from './support-topics.js';
export {
  supportRequestMachine,
  type SupportRequestStatus,
  type SupportRequestEvent,
} from './support-request-machine.js';
export {
  defaultSupportRequestsPolicy,
  strictSupportRequestsPolicy,
  type SupportRequestsPolicy,
} from './support-requests-policy.js';
export { defineSupportRequestsPolicy } from './define-support-requests-policy.js';
export {
  advanceSupportDeadline,
  type SupportDeadline,
  type SupportDeadlineStep,
} from './support-deadline.js';
export { formatTicketNumber, ticketDay } from './format-ticket-number.js';
export { parseTicketNumber } from './parse-ticket-number.js';
export { normalizeSupportText, codePointLength } from './normalize-support-text.js';
export type {
  SupportAttachment,
  SupportMessage,
  SupportAccountAction,
  SupportRequestRecord,
} from './support-request-record.js';
export type {
  SupportMessageView,
  SupportRequestView,
  SupportRequestSummary,
} from './support-request-view.js';
export type { SupportAccountOperations } from './support-account-operations.js';
export {
  supportRequestInputSchemas,
  type SupportRequestInput,
} from './support-request-input-schemas.js';
export {
  supportRequestMessages,
  type SupportRequestIssueCode,
  type SupportRequestMessageCode,
} from './support-request-messages.js';
export {
  renderSupportRequestDiagram,
  SUPPORT_DIAGRAM_START,
  SUPPORT_DIAGRAM_END,
} from './render-support-request-diagram.js';
export type { SupportOperator, SupportTick } from './support-operator.js';
export {
  createSupportRequests,
  type SupportRequests,
  type SupportRequestsOptions,
} from './create-support-requests.js';
