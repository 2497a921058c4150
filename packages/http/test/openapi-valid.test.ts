// The OpenAPI document passes a maintained validator (@apidevtools/swagger-parser: the OpenAPI
// 3.1 JSON Schema plus its own checks — unique operation ids, path parameters declared, $refs
// resolving), so generators and renderers (Swagger UI, openapi-typescript) read what we serve.
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { buildOpenApiDocument, createKabinetHttp, defineRoute } from '../src/index.js';
import { inMemoryPorts } from 'kabinet/testing';

const kabinet = createKabinet({
  ...inMemoryPorts(),
  keys: generateDevelopmentKeys('openapi-valid'),
});
afterAll(() => kabinet.close());

const validate = (document: object) =>
  SwaggerParser.validate(structuredClone(document) as OpenAPI.Document);

describe('the OpenAPI document is valid OpenAPI 3.1', () => {
  it('as createKabinetHttp generates it, with servers and the docs routes', async () => {
    const { openapi } = createKabinetHttp(kabinet, {
      openapi: { servers: [{ url: 'http://127.0.0.1:3000/api' }] },
    });
    await expect(validate(openapi)).resolves.toMatchObject({ openapi: '3.1.0' });
  });

  it('the validator is not a rubber stamp: a response without a description or a parameter "in: body" is refused', async () => {
    const route = defineRoute({
      operationId: 'getA',
      method: 'GET',
      path: '/a/{id}',
      summary: 's',
      tags: ['t'],
      access: 'public',
      responses: { 200: { description: 'ok', schema: z.object({ ok: z.boolean() }) } },
      handle: async () => ({ status: 200 }),
    });
    const doc = buildOpenApiDocument([route], { title: 't', version: '1' }) as unknown as {
      paths: Record<
        string,
        {
          get: {
            parameters: { in: string }[];
            responses: Record<string, { description?: string }>;
          };
        }
      >;
    };
    await expect(validate(doc)).resolves.toBeDefined();
    const noDescription = structuredClone(doc);
    delete noDescription.paths['/a/{id}']!.get.responses['200']!.description;
    await expect(validate(noDescription)).rejects.toThrow(/description/);
    const inBody = structuredClone(doc);
    inBody.paths['/a/{id}']!.get.parameters[0]!.in = 'body';
    await expect(validate(inBody)).rejects.toThrow();
  });

  // swagger-parser checks OpenAPI 3.x against its schema only; what the schema cannot say:
  it('operation ids are unique and every {parameter} of a path is declared', () => {
    const { openapi } = createKabinetHttp(kabinet);
    const ids: string[] = [];
    for (const [path, methods] of Object.entries(
      openapi.paths as Record<
        string,
        Record<string, { operationId: string; parameters: { name: string; in: string }[] }>
      >,
    )) {
      for (const op of Object.values(methods)) {
        ids.push(op.operationId);
        const declared = op.parameters
          .filter((p) => p.in === 'path')
          .map((p) => p.name)
          .sort();
        expect(declared, `${path}`).toEqual(
          [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
        );
      }
    }
    expect(ids.length).toBeGreaterThan(40);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
