// A message of a request's conversation: a fresh id and the time, with what its author said.
import { createId } from '@kabinet/core';
import type { SupportMessage } from '../support-request-record.js';
import type { SupportContext } from './context.js';

export function newMessage(
  ctx: SupportContext,
  now: number,
  message: Omit<SupportMessage, 'id' | 'at'>,
): SupportMessage {
  return { id: createId('msg', now, ctx.deps.random), at: now, ...message };
}
