/**
 * What a route handler returns: a status, an optional JSON body and headers. The handler
 * never builds a `Response` itself, so every reply gets the same headers and encoding.
 *
 * @example
 * ```ts
 * const reply: HttpReply = { status: 201, body: { draftId: 'drf_1' } };
 * ```
 */
export interface HttpReply {
  /** The HTTP status. */
  readonly status: number;
  /** The JSON body (omit for none). */
  readonly body?: unknown;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** `Set-Cookie` values, one per cookie (a header record cannot hold several). */
  readonly cookies?: readonly string[];
}

/**
 * Builds a JSON `Response` from a reply, with `no-store` caching (every answer is personal)
 * and `nosniff`.
 *
 * @param reply - the handler's reply
 * @returns the Web response
 * @example
 * ```ts
 * toResponse({ status: 200, body: { ok: true } });
 * ```
 */
export function toResponse(reply: HttpReply): Response {
  const headers = new Headers(reply.headers);
  headers.set('cache-control', 'no-store');
  headers.set('x-content-type-options', 'nosniff');
  for (const cookie of reply.cookies ?? []) headers.append('set-cookie', cookie);
  if (reply.body === undefined) return new Response(null, { status: reply.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
  const text =
    typeof reply.body === 'string' && !headers.get('content-type')!.includes('json')
      ? reply.body
      : JSON.stringify(reply.body);
  return new Response(text, { status: reply.status, headers });
}
