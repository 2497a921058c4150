// A signed callback from outside (the payment provider's notifications, the authority's status
// reports): its exact bytes read as text with its headers, and the answer to it.
import { fail, issue, type Result } from '@kabinet/core';
import type { Upload } from '../../../body/read-upload.js';
import type { HttpReply } from '../../../responses/http-reply.js';
import { failureReply } from '../reply/answer.js';
import type { KabinetContext } from '../tools.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The callback as its verifier takes it: the exact text and the request headers. */
export interface SignedCallback {
  /** The body as sent, UTF-8. */
  readonly body: string;
  /** The request headers, by lower-case name. */
  readonly headers: Record<string, string>;
}

/**
 * Reads a callback route's binary body as UTF-8 text with the request headers, or the 400
 * reply `malformedCode` when the bytes are not UTF-8.
 */
export function readSignedCallback(
  ctx: KabinetContext,
  malformedCode: string,
): { callback: SignedCallback; reply?: undefined } | { callback?: undefined; reply: HttpReply } {
  let body: string;
  try {
    body = utf8.decode((ctx.body as Upload).bytes);
  } catch {
    return { reply: ctx.problem(400, malformedCode, [issue(malformedCode, [])]) };
  }
  const headers: Record<string, string> = {};
  ctx.request.headers.forEach((value, name) => (headers[name] = value));
  return { callback: { body, headers } };
}

/**
 * The answer to a handled callback: 200 with its outcome, or the failure reply of its issues
 * (`malformedCode` when the use case gave none).
 */
export function signedCallbackReply(
  ctx: KabinetContext,
  result: Result<{ outcome: string }>,
  malformedCode: string,
): HttpReply {
  if (result.success) return { status: 200, body: { outcome: result.data.outcome } };
  return failureReply(
    ctx,
    result.issues.length > 0 ? result.issues : fail(issue(malformedCode, [])).issues,
  );
}
