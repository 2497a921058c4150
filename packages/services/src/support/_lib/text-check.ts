import { fail, issue, ok, type Result } from '@kabinet/core';
import { codePointLength, normalizeSupportText } from '../normalize-support-text.js';
import type { SupportRequestIssueCode } from '../support-request-messages.js';

/** Normalizes a text and checks it is not blank and within `max` code points. */
export function checkText(
  raw: string,
  path: string,
  max: number,
): Result<string, SupportRequestIssueCode> {
  const text = normalizeSupportText(raw);
  if (text.length === 0) return fail(issue('input.required', [path]));
  if (codePointLength(text) > max) return fail(issue('input.too_long', [path], { max }));
  return ok(text);
}
