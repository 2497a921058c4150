import type { Issue, MessageCatalogue } from '@kabinet/core';
import { problem, type ErrorBody } from '../responses/problem.js';
import { negotiateLocale } from '../routing/negotiate-locale.js';

/** A `422` as the API answers it. */
export interface AdapterIssuesReply {
  /** Always `422`. */
  readonly status: 422;
  /** `{ error: { code: 'http.validation_failed', message, issues } }`, rendered in the client's language. */
  readonly body: ErrorBody;
}

/**
 * The `422 http.validation_failed` answer for a host's own route (beside Kabinet's), shaped as the
 * API's: each issue's code, field path and message in the language of `Accept-Language`
 * (Russian by default).
 *
 * @param issues - at least one issue
 * @param acceptLanguage - the request's `Accept-Language` header, if any
 * @param catalogue - the messages for the issue codes (`kabinet.messages`)
 * @returns status `422` and the body
 * @example
 * ```ts
 * const answer = replyWithIssues([issue('input.required', ['ms'])], req.get('accept-language'), kabinet.messages);
 * res.status(answer.status).json(answer.body);
 * ```
 */
export function replyWithIssues(
  issues: readonly Issue[],
  acceptLanguage: string | null | undefined,
  catalogue: MessageCatalogue,
): AdapterIssuesReply {
  const reply = problem(
    422,
    'http.validation_failed',
    negotiateLocale(acceptLanguage),
    catalogue,
    issues,
  );
  return { status: 422, body: reply.body as ErrorBody };
}
