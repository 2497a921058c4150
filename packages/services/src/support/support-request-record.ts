import type { SupportDeadline } from './support-deadline.js';
import type { SupportRequestStatus } from './support-request-machine.js';
import type { SupportTopic } from './support-topics.js';

/**
 * An attachment as stored: the blob in `deps.blobs` and what its bytes are (judged by content,
 * FILE-4).
 *
 * @example
 * ```ts
 * const a: SupportAttachment = { blobId: 'blob_01…', mediaType: 'application/pdf', size: 48_213 };
 * ```
 */
export interface SupportAttachment {
  /** The blob id. */
  readonly blobId: string;
  /** The type detected from the bytes. */
  readonly mediaType: string;
  /** Bytes. */
  readonly size: number;
  /** The name the client gave, for display only. */
  readonly name?: string;
}

/**
 * One message of a request's conversation: the user's text, an operator's reply, or a system
 * line (`code` from the catalogue with `params`: taken, escalated, an account operation, …).
 *
 * @example
 * ```ts
 * const m: SupportMessage = { id: 'msg_1', author: 'user', at: 0, text: 'Не приходит код', attachments: [] };
 * ```
 */
export interface SupportMessage {
  /** Unique within the request. */
  readonly id: string;
  /** Who wrote it. */
  readonly author: 'user' | 'operator' | 'system';
  /** The operator, for operator and operator-caused system messages. */
  readonly operatorId?: string;
  /** Epoch ms. */
  readonly at: number;
  /** The normalized text (user and operator messages). */
  readonly text?: string;
  /** A catalogue code (system messages). */
  readonly code?: string;
  /** The code's parameters. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** Files sent with it. */
  readonly attachments: readonly SupportAttachment[];
}

/**
 * An account operation support performed on a request's trail (ACC-9).
 *
 * @example
 * ```ts
 * const a: SupportAccountAction = { action: 'unblock', operatorId: 'op_7', at: 0 };
 * ```
 */
export interface SupportAccountAction {
  /** What was done. */
  readonly action: 'unblock' | 'restore_access';
  /** By whom. */
  readonly operatorId: string;
  /** Epoch ms. */
  readonly at: number;
}

/**
 * A support request as stored in the `support_requests` collection: `ownerId` is the account
 * (the user's list), `dueAt` the next thing due for the tick (the answer deadline while the
 * clock runs and the request is not yet escalated; the end of the reopen window once resolved;
 * absent otherwise).
 *
 * @example
 * ```ts
 * const stored = await deps.versioned<SupportRequestRecord>('support_requests').get(id);
 * ```
 */
export interface SupportRequestRecord {
  /** The request's id (`sreq_…`). */
  readonly id: string;
  /** The account that opened it. */
  readonly ownerId: string;
  /** The readable ticket number (`20270111-0042`). */
  readonly number: string;
  /** What it is about. */
  readonly topic: SupportTopic;
  /** Where it is in `supportRequestMachine`. */
  readonly status: SupportRequestStatus;
  /** Epoch ms the request was received. */
  readonly receivedAt: number;
  /** Epoch ms of the last change. */
  readonly updatedAt: number;
  /** The answer clock (SVC-3). */
  readonly deadline: SupportDeadline;
  /** Past the deadline without a result: shown to operators first. */
  readonly escalated: boolean;
  /** When it was escalated. */
  readonly escalatedAt?: number;
  /** The operator who took it. */
  readonly assignee?: string;
  /** When it was resolved. */
  readonly resolvedAt?: number;
  /** How: the resolution text. */
  readonly resolution?: string;
  /** When it was closed. */
  readonly closedAt?: number;
  /** The conversation, oldest first. */
  readonly messages: readonly SupportMessage[];
  /** Account operations on its trail (ACC-9). */
  readonly accountActions: readonly SupportAccountAction[];
  /** The next thing due (see above). */
  readonly dueAt?: number;
}
