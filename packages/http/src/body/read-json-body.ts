import { fail, issue, ok, type Result } from '@kabinet/core';
import { readBodyBytes, type BodyIssueCode, type BodyLimits } from './read-body.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON request body within limits: the media type must be JSON, the size is capped
 * while streaming, the text must be valid UTF-8 JSON and no deeper than `maxDepth`. An empty
 * body reads as `{}`.
 *
 * @param request - the Web request
 * @param limits - size and depth limits
 * @returns the parsed value, or one issue with a `body.*` code
 * @example
 * ```ts
 * const body = await readJsonBody(request, defaultBodyLimits);
 * if (!body.success) return problemFromBodyIssue(body.issues[0]!, 'en');
 * ```
 */
export async function readJsonBody(
  request: Request,
  limits: BodyLimits,
): Promise<Result<unknown, BodyIssueCode>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const bytes = await readBodyBytes(request, limits.maxBytes);
  if (!bytes.success) return bytes;
  if (bytes.data.byteLength === 0) return ok({});
  if (type !== 'application/json' && !type.endsWith('+json'))
    return fail(issue('body.unsupported_media_type', [], { expected: 'application/json' }));
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes.data));
  } catch {
    return fail(issue('body.malformed_json'));
  }
  if (depthOf(value, limits.maxDepth) > limits.maxDepth)
    return fail(issue('body.too_deep', [], { max: limits.maxDepth }));
  return ok(value);
}

/** Nesting depth of a JSON value, stopping early once past `stopAt`. Iterative: no stack overflow. */
function depthOf(root: unknown, stopAt: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const here = depth + 1;
    if (here > max) max = here;
    if (max > stopAt) return max;
    for (const child of Array.isArray(value) ? value : Object.values(value))
      stack.push([child, here]);
  }
  return max;
}
