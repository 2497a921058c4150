import { uploadedFileSchema } from '@kabinet/validators/file';
import { z } from 'zod';
import { SUPPORT_TOPICS, type SupportTopic } from './support-topics.js';

const TOPIC: z.ZodType<SupportTopic, SupportTopic> = z.enum(
  SUPPORT_TOPICS.map((t) => t.id) as [SupportTopic, ...SupportTopic[]],
);
// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const ACCOUNT_ACTION: z.ZodType<'unblock' | 'restore_access', 'unblock' | 'restore_access'> =
  z.enum(['unblock', 'restore_access']);
const ID = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/);
// Raw text is bounded here; the policy's limit is checked on the normalized text.
const TEXT = z.string().min(1).max(100_000);
const FILES = z.array(uploadedFileSchema).max(50);
const PAGE = {
  /** Page size (default and largest from the policy). */
  limit: z.number().int().min(1).max(1000).optional(),
  /** The `nextCursor` of the previous page. */
  after: z.string().min(1).max(200).optional(),
};

/**
 * The zod schemas of the support requests service's inputs, read with `readInput`: a wrong
 * type, a missing field or an unknown topic comes back as an issue (`input.required`,
 * `input.not_a_string`, `input.not_one_of`, …), never as an exception. The policy's text and
 * attachment limits are checked after normalization (`input.too_long`, `input.too_many`).
 *
 * @example
 * ```ts
 * import { readInput } from '@kabinet/core';
 * readInput(supportRequestInputSchemas.create, { accountId: 'acc_1', topic: 'weather', text: 'Hi' });
 * // { success: false, issues: [{ code: 'input.not_one_of', path: ['topic'], params: { allowed: 'access, documents, …' } }] }
 * ```
 */
export const supportRequestInputSchemas = {
  /** `create`: the account, the topic, the text and attachments. */
  create: z.object({
    /** The account opening it (from the session). */
    accountId: ID,
    /** One of `SUPPORT_TOPICS`. */
    topic: TOPIC,
    /** The text, normalized and then held to `maxTextLength`. */
    text: TEXT,
    /** Attachments, at most `maxAttachments`. */
    files: FILES.optional(),
  }),
  /** `list`: the account and a page. */
  list: z.object({
    /** The account (from the session). */
    accountId: ID,
    ...PAGE,
  }),
  /** `get`: the account and the request. */
  get: z.object({
    /** The account (from the session). */
    accountId: ID,
    /** The request. */
    requestId: ID,
  }),
  /** `reply`: the user's message. */
  reply: z.object({
    /** The account (from the session). */
    accountId: ID,
    /** The request. */
    requestId: ID,
    /** The text, normalized. */
    text: TEXT,
    /** Attachments. */
    files: FILES.optional(),
  }),
  /** `queue` and `listEscalated`: a page. */
  queue: z.object({ ...PAGE }),
  /** `operatorGet`, `take`: the request. */
  request: z.object({
    /** The request. */
    requestId: ID,
  }),
  /** `findByNumber`: a ticket number as typed. */
  findByNumber: z.object({
    /** `20270111-0042`, `№ 20270111 0042`, … */
    number: z.string().min(1).max(64),
  }),
  /** `operatorReply`: the operator's message; `awaitUser` asks the user for something and stops the clock. */
  operatorReply: z.object({
    /** The request. */
    requestId: ID,
    /** The text, normalized. */
    text: TEXT,
    /** Ask the user for something: «Ожидает ответа», the clock stops. */
    awaitUser: z.boolean().optional(),
    /** Attachments. */
    files: FILES.optional(),
  }),
  /** `resolve`: the result. */
  resolve: z.object({
    /** The request. */
    requestId: ID,
    /** The resolution text, held to `maxResolutionLength`. */
    resolution: TEXT,
  }),
  /** `actOnAccount`: an account operation on the request's trail (ACC-9). */
  actOnAccount: z.object({
    /** The request. */
    requestId: ID,
    /** Unblock the account, or start restoring its access. */
    action: ACCOUNT_ACTION,
    /** Why (goes into the account's journal after the ticket number). */
    reason: z.string().max(150).optional(),
  }),
  /** `escalateOverdue`: how many due requests one tick handles. */
  tick: z.object({
    /** At most this many due requests. */
    limit: z.number().int().min(1).max(1000),
  }),
};

/**
 * What a method of `SupportRequests` takes: the input type of its schema in
 * `supportRequestInputSchemas` (still checked at run time: bad input returns issues).
 *
 * @example
 * ```ts
 * const input: SupportRequestInput<'create'> = { accountId: 'acc_1', topic: 'access', text: 'Не приходит код' };
 * ```
 */
export type SupportRequestInput<K extends keyof typeof supportRequestInputSchemas> = z.input<
  (typeof supportRequestInputSchemas)[K]
>;
