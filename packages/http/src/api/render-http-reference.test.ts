import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from '../openapi/build-openapi-document.js';
import { defineRoute } from '../routing/define-route.js';
import { renderHttpReference } from './render-http-reference.js';

describe('renderHttpReference', () => {
  const routes = [
    defineRoute({
      operationId: 'things',
      method: 'POST',
      path: '/v1/things/{id}',
      summary: 'Make a thing',
      tags: ['things'],
      access: 'session',
      body: z.object({ name: z.string(), size: z.number().optional(), kind: z.enum(['a', 'b']) }),
      responses: { 201: { description: 'made', schema: z.object({ id: z.string() }) } },
      handle: async () => ({ status: 201 }),
    }),
    defineRoute({
      operationId: 'ping',
      method: 'GET',
      path: '/v1/ping',
      summary: 'Ping',
      tags: ['meta'],
      access: 'public',
      query: z.object({ q: z.string().optional() }),
      responses: { 200: { description: 'pong' } },
      handle: async () => ({ status: 200 }),
    }),
  ];

  it('renders every operation with its access, body fields and responses', () => {
    const md = renderHttpReference(buildOpenApiDocument(routes, { title: 'T', version: '1' }));
    expect(md).toContain('| `POST` | `/v1/things/{id}` | Make a thing | session |');
    expect(md).toContain('### `POST /v1/things/{id}`');
    expect(md).toContain('- `name`: string');
    expect(md).toContain('- `size?`: number');
    expect(md).toContain('- `kind`: `"a"` \\| `"b"`');
    expect(md).toContain('`201` made');
    expect(md).toContain('| `GET` | `/v1/ping` | Ping | public |');
    expect(md).toContain('- `q?` (query): string');
  });
});
