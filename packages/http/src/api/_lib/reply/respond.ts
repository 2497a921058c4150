// Answering a use case the routes call: `answer` with the catalogue bound and the result awaited.
import type { MessageCatalogue, Result } from '@kabinet/core';
import type { HttpReply } from '../../../responses/http-reply.js';
import type { IssueBody } from '../../../responses/problem.js';
import { answer } from './answer.js';
import { okReply } from './data-reply.js';
import type { KabinetContext } from '../tools.js';

/** Answers a pending use case result: `onSuccess` (default {@link okReply}) or the failure reply. */
export type Respond = <T>(
  ctx: KabinetContext,
  pending: Promise<Result<T>>,
  onSuccess?: (data: T, warnings: IssueBody[] | undefined) => HttpReply,
) => Promise<HttpReply>;

/** {@link Respond} in the language of the request, with the messages of `catalogue`. */
export function responder(catalogue: MessageCatalogue): Respond {
  return async (ctx, pending, onSuccess = okReply) =>
    answer(ctx, catalogue, await pending, onSuccess);
}
