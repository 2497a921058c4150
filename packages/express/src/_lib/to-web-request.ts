import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';

/**
 * Converts an Express request to a Web `Request` whose body is the live socket stream:
 * nothing is buffered here, so the HTTP layer's size limits apply while reading. The URL is
 * relative to the router's mount point (`req.url`), so routes match wherever it is mounted;
 * its origin is a fixed placeholder, never the client's Host header.
 */
export function toWebRequest(req: ExpressRequest): Request {
  // The Host header is client input: a hostile one must not make the URL unparsable (S-17).
  const url = new URL(req.url.startsWith('/') ? req.url : `/${req.url}`, 'http://kabinet.invalid').href;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  return new Request(url, init);
}
