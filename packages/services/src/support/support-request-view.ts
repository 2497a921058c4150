import type { SupportAccountAction, SupportAttachment } from './support-request-record.js';
import type { SupportRequestStatus } from './support-request-machine.js';
import type { SupportTopic } from './support-topics.js';

/**
 * A message as shown: to the user, operator messages carry no operator id.
 *
 * @example
 * ```ts
 * const m: SupportMessageView = { id: 'msg_1', author: 'operator', at: 0, text: 'Пришлите скан', attachments: [] };
 * ```
 */
export interface SupportMessageView {
  readonly id: string;
  readonly author: 'user' | 'operator' | 'system';
  readonly at: number;
  readonly text?: string;
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly attachments: readonly SupportAttachment[];
  /** Operators only. */
  readonly operatorId?: string;
}

/**
 * A support request as the user (or, with the operator fields, support) sees it. `deadlineAt`
 * is when the result is due while the clock runs; `answerPaused` says support waits for the
 * user (the clock stands still).
 *
 * @example
 * ```ts
 * const r = await supportRequests.get({ accountId, requestId });
 * if (r.success) console.log(r.data.number, r.data.status);
 * ```
 */
export interface SupportRequestView {
  readonly id: string;
  readonly number: string;
  readonly topic: SupportTopic;
  readonly status: SupportRequestStatus;
  readonly receivedAt: number;
  readonly updatedAt: number;
  readonly deadlineAt?: number;
  readonly answerPaused: boolean;
  readonly escalated: boolean;
  readonly escalatedAt?: number;
  readonly resolvedAt?: number;
  readonly resolution?: string;
  readonly closedAt?: number;
  /** Until when a reply reopens it (resolved only). */
  readonly reopenableUntil?: number;
  readonly messages: readonly SupportMessageView[];
  readonly accountActions: readonly SupportAccountAction[];
  /** Operators only: the account. */
  readonly accountId?: string;
  /** Operators only: who took it. */
  readonly assignee?: string;
}

/**
 * A request in a list: no conversation.
 *
 * @example
 * ```ts
 * const page = await supportRequests.list({ accountId, limit: 20 });
 * ```
 */
export type SupportRequestSummary = Omit<SupportRequestView, 'messages' | 'accountActions' | 'resolution'> & {
  /** Messages in the conversation. */
  readonly messageCount: number;
};
