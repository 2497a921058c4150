import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readJsonBody } from './read-json-body.js';
import { readBodyBytes } from './read-body.js';

const limits = { maxBytes: 4096, maxDepth: 8 };
const jsonRequest = (text: string, type = 'application/json') =>
  new Request('http://x/', { method: 'POST', body: text, headers: { 'content-type': type } });

describe('readJsonBody', () => {
  test.prop([fc.jsonValue({ maxDepth: 5 })])(
    'S-17: any small JSON value within the limits reads back equal',
    async (value) => {
      const text = JSON.stringify(value);
      fc.pre(Buffer.byteLength(text) <= limits.maxBytes);
      const r = await readJsonBody(jsonRequest(text), limits);
      expect(r.success).toBe(true);
      if (r.success) expect(r.data).toEqual(JSON.parse(text));
    },
  );

  test.prop([fc.string({ minLength: 1 })])(
    'S-17: arbitrary text is a typed issue, never a throw',
    async (text) => {
      const r = await readJsonBody(jsonRequest(text), limits);
      if (!r.success)
        expect(['body.malformed_json', 'body.too_large', 'body.too_deep']).toContain(
          r.issues[0]!.code,
        );
    },
  );

  it('S-17: a body over the size limit is body.too_large', async () => {
    const r = await readJsonBody(jsonRequest(JSON.stringify('x'.repeat(5000))), limits);
    expect(r.success ? 'ok' : r.issues[0]!.code).toBe('body.too_large');
  });

  it('S-17: nesting deeper than the limit is body.too_deep, even very deep', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = await readJsonBody(jsonRequest(deep), { maxBytes: 1_000_000, maxDepth: 8 });
    expect(r.success ? 'ok' : r.issues[0]!.code).toBe('body.too_deep');
    const ok = await readJsonBody(jsonRequest('[[[[1]]]]'), limits);
    expect(ok.success).toBe(true);
  });

  it('S-17: a non-JSON content type is body.unsupported_media_type', async () => {
    const r = await readJsonBody(jsonRequest('{"a":1}', 'text/plain'), limits);
    expect(r.success ? 'ok' : r.issues[0]!.code).toBe('body.unsupported_media_type');
  });

  it('S-17: invalid UTF-8 is body.malformed_json', async () => {
    const req = new Request('http://x/', {
      method: 'POST',
      body: new Uint8Array([0x22, 0xff, 0x22]),
      headers: { 'content-type': 'application/json' },
    });
    const r = await readJsonBody(req, limits);
    expect(r.success ? 'ok' : r.issues[0]!.code).toBe('body.malformed_json');
  });
});

describe('readBodyBytes', () => {
  it('S-13: stops reading an endless stream as soon as it passes the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const req = new Request('http://x/', {
      method: 'POST',
      body: endless,
      duplex: 'half',
    });
    const r = await readBodyBytes(req, 10 * 1024);
    expect(r.success).toBe(false);
    expect(pulled).toBeLessThan(20);
  });

  it('S-13: a declared content-length over the limit is refused before reading', async () => {
    const req = new Request('http://x/', {
      method: 'POST',
      body: 'abc',
      headers: { 'content-length': '999999' },
    });
    const r = await readBodyBytes(req, 100);
    expect(r.success ? 'ok' : r.issues[0]!.code).toBe('body.too_large');
  });
});
