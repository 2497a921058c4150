import { filePolicies, type FilePolicy } from '@kabinet/validators/file';

/**
 * Every number of the support requests service (SVC-3). Use {@link defaultSupportRequestsPolicy}
 * (the domain values) or {@link strictSupportRequestsPolicy}, or derive one with
 * `defineSupportRequestsPolicy`, which checks it.
 *
 * @example
 * ```ts
 * const policy: SupportRequestsPolicy = { ...defaultSupportRequestsPolicy, answerWithinMs: 24 * 60 * 60 * 1000 };
 * ```
 */
export interface SupportRequestsPolicy {
  /**
   * The time support has to give the result, ms (SVC-3: 48 hours). It runs while the request is
   * received or in progress and stops while support waits for the user; past it the request is
   * escalated.
   */
  readonly answerWithinMs: number;
  /** How long after «Решено» a user reply reopens the request, ms; then it is closed. */
  readonly reopenWindowMs: number;
  /** Most characters of a message after normalization. */
  readonly maxTextLength: number;
  /** Most characters of a resolution text. */
  readonly maxResolutionLength: number;
  /** Most attachments on one message. */
  readonly maxAttachments: number;
  /** What an attachment must be (FILE-1: PDF, JPEG, PNG, 5 MB). */
  readonly attachmentPolicy: FilePolicy;
  /** Most messages on one request (user, operator and system together). */
  readonly maxMessages: number;
  /** The IANA zone whose calendar day starts a ticket number's daily counter. */
  readonly numberTimeZone: string;
  /** Re-reads after a version conflict (S-15) before the conflict goes to the caller. */
  readonly conflictRetries: number;
  /** Tries to take the next number of a day's counter when other instances take it first. */
  readonly numberRetries: number;
  /** Largest page of a list. */
  readonly maxPageSize: number;
  /** Page size when none is asked for. */
  readonly defaultPageSize: number;
}

const HOUR = 60 * 60 * 1000;

/**
 * The domain values: the result within 48 hours (SVC-3), a reply reopens a resolved request for
 * 7 days, messages up to 4000 characters, up to 5 attachments of the FILE-1 document policy,
 * 200 messages a request, ticket numbers counted per Moscow day.
 *
 * @example
 * ```ts
 * createSupportRequests(deps, { policy: defaultSupportRequestsPolicy, scanFile });
 * ```
 */
export const defaultSupportRequestsPolicy: SupportRequestsPolicy = {
  answerWithinMs: 48 * HOUR,
  reopenWindowMs: 7 * 24 * HOUR,
  maxTextLength: 4000,
  maxResolutionLength: 2000,
  maxAttachments: 5,
  attachmentPolicy: filePolicies.document,
  maxMessages: 200,
  numberTimeZone: 'Europe/Moscow',
  conflictRetries: 5,
  numberRetries: 64,
  maxPageSize: 100,
  defaultPageSize: 20,
};

/**
 * A stricter preset: the result within 24 hours, reopen within 3 days, 2000-character messages,
 * 3 attachments.
 *
 * @example
 * ```ts
 * createSupportRequests(deps, { policy: strictSupportRequestsPolicy, scanFile });
 * ```
 */
export const strictSupportRequestsPolicy: SupportRequestsPolicy = {
  ...defaultSupportRequestsPolicy,
  answerWithinMs: 24 * HOUR,
  reopenWindowMs: 3 * 24 * HOUR,
  maxTextLength: 2000,
  maxAttachments: 3,
};
