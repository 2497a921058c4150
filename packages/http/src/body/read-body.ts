import { fail, issue, ok, type Result } from '@kabinet/core';

/** Limits applied to a request body before it is trusted. */
export interface BodyLimits {
  /** Largest accepted body in bytes; reading stops as soon as it is passed. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of arrays and objects in a JSON body. */
  readonly maxDepth: number;
}

/** Default body limits: 64 KiB and depth 16 — far above any Kabinet request. */
export const defaultBodyLimits: BodyLimits = { maxBytes: 64 * 1024, maxDepth: 16 };

/** Codes of body problems; each maps to its own HTTP status. */
export type BodyIssueCode =
  | 'body.too_large'
  | 'body.malformed_json'
  | 'body.too_deep'
  | 'body.unsupported_media_type'
  | 'body.aborted';

/**
 * Reads a request's bytes as a stream, stopping (and cancelling the stream) as soon as
 * `maxBytes` is passed, so a huge body is never held in memory whole.
 *
 * @param request - the Web request
 * @param maxBytes - the limit
 * @returns the bytes, or the issue `body.too_large` (or `body.aborted` when the stream breaks)
 * @example
 * ```ts
 * const r = await readBodyBytes(request, 5 * 1024 * 1024);
 * if (!r.success) return tooLarge();
 * ```
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
): Promise<Result<Uint8Array, BodyIssueCode>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    return fail(issue('body.too_large', [], { max: maxBytes }));
  if (request.body === null) return ok(new Uint8Array(0));
  // The Fetch types leave a body's chunks `any`; a request body's are bytes.
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch {
      // The client went away (or the connection broke) before the body was complete.
      return fail(issue('body.aborted'));
    }
    const { done, value } = next;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return fail(issue('body.too_large', [], { max: maxBytes }));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(bytes);
}
