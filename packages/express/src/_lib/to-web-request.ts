import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';

/** Methods a Web `Request` cannot carry. */
const FORBIDDEN_BY_FETCH = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * Converts an Express request to a Web `Request` whose body is the live socket stream:
 * nothing is buffered here, so the HTTP layer's size limits apply while reading. The URL is
 * relative to the router's mount point (`req.url`), so routes match wherever it is mounted;
 * its origin is a fixed placeholder, never the client's Host header. A method Fetch forbids
 * (`TRACE`, …) becomes a bodiless `GET`: pass `req.method` as `HttpRequestMeta.method`.
 */
export function toWebRequest(req: ExpressRequest): Request {
  // The Host header is client input: a hostile one must not make the URL unparsable (S-17).
  const url = new URL(req.url.startsWith('/') ? req.url : `/${req.url}`, 'http://kabinet.invalid')
    .href;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // Fetch refuses to build a Request for CONNECT, TRACE and TRACK: such a request goes on as a
  // bodiless GET, and the router tells the handler the real method (`HttpRequestMeta.method`).
  const forbidden = FORBIDDEN_BY_FETCH.has(req.method.toUpperCase());
  const method = forbidden ? 'GET' : req.method;
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(req);
    init.duplex = 'half';
  }
  return new Request(url, init);
}
