import type { SupportAccountAction } from '../support-request-record.js';
import type { SupportRequestStatus } from '../support-request-machine.js';
import type { SupportTopic } from '../support-topics.js';

/** What every `support_request.*` entry carries: the request after the step (`effects` adds it). */
export type SupportRequestBase = {
  readonly requestId: string;
  readonly number: string;
  readonly topic: SupportTopic;
  readonly status: SupportRequestStatus;
  readonly escalated: boolean;
};

/** A message's counts (never its text: S-12). */
type MessagePayload = SupportRequestBase & {
  /** The status the request left. */
  readonly from: SupportRequestStatus;
  readonly textLength: number;
  readonly attachments: number;
};

// The journal actions of support requests (AUD-1), with their payloads as written today:
// `effects`/`writeStep` check every step's entry against them at compile time.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** The user sent a request. */
    'support_request.received': SupportRequestBase & {
      readonly textLength: number;
      readonly attachments: number;
      /** The answer deadline (epoch ms; 0 when none). */
      readonly deadlineAt: number;
    };
    /** The user replied. */
    'support_request.user_replied': MessagePayload;
    /** The user reopened a resolved request with a reply. */
    'support_request.reopened': MessagePayload;
    /** An operator took the request. */
    'support_request.taken': SupportRequestBase & {
      readonly from: SupportRequestStatus;
    };
    /** An operator asked the user for more information. */
    'support_request.info_requested': MessagePayload;
    /** An operator replied. */
    'support_request.operator_replied': MessagePayload;
    /** An operator resolved the request. */
    'support_request.resolved': SupportRequestBase & {
      readonly from: SupportRequestStatus;
      readonly resolutionLength: number;
      readonly withinDeadline: boolean;
    };
    /** A resolved request closed. */
    'support_request.closed': SupportRequestBase;
    /** The answer deadline passed: the request was escalated. */
    'support_request.escalated': SupportRequestBase & {
      readonly deadlineAt: number;
      readonly overdueMs: number;
    };
    /** An operator acted on the account from the request. */
    'support_request.account_action': SupportRequestBase & {
      readonly accountAction: SupportAccountAction['action'];
    };
  }
}
