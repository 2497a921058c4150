// Success replies the account routes share: the use case's data as the body with a status of its
// own (`okReply` is the 200), and the data with the use case's warnings beside it.
import type { HttpReply } from '../../../responses/http-reply.js';
import type { IssueBody } from '../../../responses/problem.js';

/** A reply with `status` whose body is the use case's data as it is (201 created, 202 accepted). */
export function dataReply(status: number): (data: unknown) => HttpReply {
  return (data) => ({ status, body: data });
}

/** A 200 whose body is the use case's data as it is. */
export const okReply = dataReply(200);

/**
 * A reply with `status` whose body is the use case's data with its `warnings` (e.g. the password
 * strength hint) beside them, when there are any.
 */
export function dataWithWarnings(
  status = 200,
): (data: unknown, warnings: IssueBody[] | undefined) => HttpReply {
  return (data, warnings) => ({
    status,
    body: warnings === undefined ? data : { ...(data as object), warnings },
  });
}
