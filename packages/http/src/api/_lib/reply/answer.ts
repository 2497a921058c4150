import {
  renderIssue,
  type Issue,
  type Locale,
  type MessageCatalogue,
  type Result,
} from '@kabinet/core';
import { httpStatusOfIssue } from '../../http-status-of-issue.js';
import type { RouteContext } from '../../../routing/define-route.js';
import type { HttpReply } from '../../../responses/http-reply.js';
import type { IssueBody } from '../../../responses/problem.js';
import { validationCode } from '../../../_lib/validation-code.js';

/** Seconds a limit issue asks the client to wait (its `seconds` or `minutes` param). */
export function retryAfterSeconds(found: Issue): number | undefined {
  const seconds = found.params?.seconds;
  if (typeof seconds === 'number' && Number.isFinite(seconds))
    return Math.max(1, Math.ceil(seconds));
  const minutes = found.params?.minutes;
  if (typeof minutes === 'number' && Number.isFinite(minutes))
    return Math.max(1, Math.ceil(minutes * 60));
  return undefined;
}

/**
 * The error reply for a failed use case: the first issue with a status of its own decides
 * (401/403/404/409/429, with `Retry-After` on 429); otherwise a 422 with every issue, in the
 * client's language, whose top-level code is the issue's own when there is one issue and
 * `http.validation_failed` when there are several.
 */
export function failureReply(
  ctx: RouteContext<unknown, unknown>,
  issues: readonly Issue[],
): HttpReply {
  for (const found of issues) {
    const status = httpStatusOfIssue(found.code);
    if (status === undefined) continue;
    if (status === 429) {
      const wait = retryAfterSeconds(found);
      return ctx.problem(
        429,
        found.code,
        [found],
        wait === undefined ? undefined : { 'retry-after': String(wait) },
      );
    }
    return ctx.problem(status, found.code, [found]);
  }
  const listed = issues.length > 0 ? issues : [{ code: 'input.wrong_format', path: [] }];
  return ctx.problem(422, validationCode(listed), listed);
}

/** Renders warnings (e.g. the password strength hint) for a success body. */
export function renderWarnings(
  issues: readonly Issue[] | undefined,
  locale: Locale,
  catalogue: MessageCatalogue,
): IssueBody[] | undefined {
  if (issues === undefined || issues.length === 0) return undefined;
  return issues.map((item) => {
    const body: IssueBody = {
      code: item.code,
      path: item.path,
      message: renderIssue(item, locale, catalogue),
    };
    return item.params === undefined ? body : { ...body, params: item.params };
  });
}

/** Answers a use case's result: `onSuccess` for data, {@link failureReply} for issues. */
export function answer<T>(
  ctx: RouteContext<unknown, unknown>,
  catalogue: MessageCatalogue,
  result: Result<T>,
  onSuccess: (data: T, warnings: IssueBody[] | undefined) => HttpReply,
): HttpReply {
  if (!result.success) return failureReply(ctx, result.issues);
  return onSuccess(result.data, renderWarnings(result.warnings, ctx.locale, catalogue));
}
