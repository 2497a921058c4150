import { z } from 'zod';
import { SUPPORT_TOPICS, type SupportTopic } from './support-topics.js';

const TOPIC: z.ZodType<SupportTopic> = z.enum(SUPPORT_TOPICS.map((t) => t.id) as [SupportTopic, ...SupportTopic[]]);
const ID = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/);
// Raw text is bounded here; the policy's limit is checked on the normalised text.
const TEXT = z.string().min(1).max(100_000);
const FILE = z.object({ bytes: z.instanceof(Uint8Array), name: z.string().max(255).optional() });
const FILES = z.array(FILE).max(50);
const PAGE = { limit: z.number().int().min(1).max(1000).optional(), after: z.string().min(1).max(200).optional() };

/**
 * The zod schemas of the support requests service's inputs, read with `readInput`: a wrong
 * type, a missing field or an unknown topic comes back as an issue (`input.required`,
 * `input.not_a_string`, `input.not_one_of`, …), never as an exception. The policy's text and
 * attachment limits are checked after normalisation (`input.too_long`, `input.too_many`).
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
  create: z.object({ accountId: ID, topic: TOPIC, text: TEXT, files: FILES.optional() }),
  /** `list`: the account and a page. */
  list: z.object({ accountId: ID, ...PAGE }),
  /** `get`: the account and the request. */
  get: z.object({ accountId: ID, requestId: ID }),
  /** `reply`: the user's message. */
  reply: z.object({ accountId: ID, requestId: ID, text: TEXT, files: FILES.optional() }),
  /** `queue` and `listEscalated`: a page. */
  queue: z.object({ ...PAGE }),
  /** `operatorGet`, `take`: the request. */
  request: z.object({ requestId: ID }),
  /** `findByNumber`: a ticket number as typed. */
  findByNumber: z.object({ number: z.string().min(1).max(64) }),
  /** `operatorReply`: the operator's message; `awaitUser` asks the user for something and stops the clock. */
  operatorReply: z.object({ requestId: ID, text: TEXT, awaitUser: z.boolean().optional(), files: FILES.optional() }),
  /** `resolve`: the result. */
  resolve: z.object({ requestId: ID, resolution: TEXT }),
  /** `actOnAccount`: an account operation on the request's trail (ACC-9). */
  actOnAccount: z.object({ requestId: ID, action: z.enum(['unblock', 'restore_access']), reason: z.string().max(150).optional() }),
  /** `escalateOverdue`: how many due requests one tick handles. */
  tick: z.object({ limit: z.number().int().min(1).max(1000) }),
};
