import { Readable } from 'node:stream';
import type { Request as ExpressRequest } from 'express';

/**
 * Converts an Express request to a Web `Request` whose body is the live socket stream:
 * nothing is buffered here, so the HTTP layer's size limits apply while reading.
 */
export function toWebRequest(req: ExpressRequest): Request {
  const host = req.get('host') ?? 'localhost';
  const url = `${req.protocol}://${host}${req.originalUrl}`;
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
