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
  /** Unique within the request. */
  readonly id: string;
  /** Who wrote it. */
  readonly author: 'user' | 'operator' | 'system';
  /** Epoch ms. */
  readonly at: number;
  /** The text (user and operator messages). */
  readonly text?: string;
  /** A catalogue code (system lines). */
  readonly code?: string;
  /** The code's parameters. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Files sent with it. */
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
  /** The request's id. */
  readonly id: string;
  /** The ticket number (`20270111-0042`). */
  readonly number: string;
  /** What it is about. */
  readonly topic: SupportTopic;
  /** «Получено», «В работе», «Ожидает ответа», «Решено», closed. */
  readonly status: SupportRequestStatus;
  /** Epoch ms it was received. */
  readonly receivedAt: number;
  /** Epoch ms of the last change. */
  readonly updatedAt: number;
  /** When the result is due, while the clock runs (received, in progress). */
  readonly deadlineAt?: number;
  /** Support waits for the user: the clock stands still. */
  readonly answerPaused: boolean;
  /** Past the deadline without a result. */
  readonly escalated: boolean;
  /** When it was escalated. */
  readonly escalatedAt?: number;
  /** When it was resolved. */
  readonly resolvedAt?: number;
  /** The resolution text. */
  readonly resolution?: string;
  /** When it was closed. */
  readonly closedAt?: number;
  /** Until when a reply reopens it (resolved only). */
  readonly reopenableUntil?: number;
  /** The conversation, oldest first. */
  readonly messages: readonly SupportMessageView[];
  /** Account operations on its trail (ACC-9). */
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
export type SupportRequestSummary = Omit<
  SupportRequestView,
  'messages' | 'accountActions' | 'resolution'
> & {
  /** Messages in the conversation. */
  readonly messageCount: number;
};
