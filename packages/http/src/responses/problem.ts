import { renderIssue, type Issue, type Locale, type MessageCatalogue } from '@kabinet/core';
import type { HttpReply } from './http-reply.js';

/** One issue as the client sees it: code, field path and a message in its language. */
export interface IssueBody {
  /** The stable issue code. */
  readonly code: string;
  /** The field path in the request body. */
  readonly path: readonly (string | number)[];
  /** The message in the client's language. */
  readonly message: string;
  /** Values the message was built from. */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** The body of every error response. */
export interface ErrorBody {
  /** The error. */
  readonly error: {
    /** Stable error code (an issue code or a transport code such as `http.not_found`). */
    readonly code: string;
    /** The message in the client's language. */
    readonly message: string;
    /** Field-level issues, for 422 answers. */
    readonly issues?: readonly IssueBody[];
    /** On an answer to a thrown error (every 5xx): the id the log line carries too (also in `X-Correlation-Id`); quote it to support. */
    readonly correlationId?: string;
  };
}

/**
 * An error reply: `{ error: { code, message, issues? } }` with each issue rendered in the
 * client's language.
 *
 * @param status - the HTTP status
 * @param code - the error code (an issue code or a transport code such as `http.not_found`)
 * @param locale - the client's language
 * @param catalogue - messages for the issue codes
 * @param issues - issues to render, if any
 * @param headers - extra headers (e.g. `Retry-After`)
 * @returns the reply
 * @example
 * ```ts
 * problem(422, 'http.validation_failed', 'ru', kabinetMessages, result.issues);
 * ```
 */
export function problem(
  status: number,
  code: string,
  locale: Locale,
  catalogue: MessageCatalogue,
  issues: readonly Issue[] = [],
  headers?: Readonly<Record<string, string>>,
): HttpReply {
  const rendered = issues.map((item) => {
    const body: IssueBody = {
      code: item.code,
      path: item.path,
      message: renderIssue(item, locale, catalogue),
    };
    return item.params === undefined ? body : { ...body, params: item.params };
  });
  const message = renderIssue(
    {
      code,
      path: [],
      ...(issues[0]?.params && code === issues[0]?.code ? { params: issues[0].params } : {}),
    },
    locale,
    catalogue,
  );
  const error = rendered.length > 0 ? { code, message, issues: rendered } : { code, message };
  return headers === undefined ? { status, body: { error } } : { status, body: { error }, headers };
}
