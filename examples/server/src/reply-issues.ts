// The server's own routes (the dev ones) answer bad input the way the API does: a 422 with
// each issue's code, field path and message in the request's language.
import type { Request, Response } from 'express';
import type { Issue, MessageCatalogue } from '@kabinet/core';
import { replyWithIssues } from '@kabinet/http/adapter';

/**
 * Sends `{ error: { code: 'http.validation_failed', message, issues } }` with status 422, the
 * messages rendered in the `Accept-Language` of `req` (Russian by default).
 *
 * @param req - the request (its `Accept-Language`)
 * @param res - the response to send on
 * @param catalogue - the messages for the issue codes (`kabinet.messages`)
 * @param issues - at least one issue
 * @example
 * ```ts
 * replyIssues(req, res, kabinet.messages, [issue('input.required', ['ms'])]);
 * ```
 */
export function replyIssues(
  req: Request,
  res: Response,
  catalogue: MessageCatalogue,
  issues: readonly Issue[],
): void {
  const reply = replyWithIssues(issues, req.get('accept-language'), catalogue);
  res.status(reply.status).json(reply.body);
}
