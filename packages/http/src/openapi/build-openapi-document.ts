import { z } from 'zod';
import type { Route } from '../routing/define-route.js';

/** Title, version and servers of the generated document. */
export interface OpenApiInfo {
  /** The API's title. */
  readonly title: string;
  /** The API's version. */
  readonly version: string;
  /** A longer description (Markdown). */
  readonly description?: string;
  /** Base URLs, e.g. `[{ url: 'http://localhost:3000/api' }]`. */
  readonly servers?: readonly {
    /** A base URL. */
    readonly url: string;
  }[];
}

/** An OpenAPI 3.1 document (plain JSON). */
export type OpenApiDocument = Record<string, unknown> & {
  /** The OpenAPI version. */
  readonly openapi: '3.1.0';
};

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'path', 'message'],
            properties: {
              code: { type: 'string' },
              path: { type: 'array', items: { type: ['string', 'integer'] } },
              message: { type: 'string' },
              params: { type: 'object' },
            },
          },
        },
        correlationId: {
          type: 'string',
          description:
            'On 5xx answers: the id of the log line (also in X-Correlation-Id); quote it to support',
        },
      },
    },
  },
} as const;

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

/**
 * Generates the OpenAPI 3.1 document from the same route definitions (and zod schemas) that
 * route and validate requests, so the document cannot drift from the API.
 *
 * @param routes - the route table
 * @param info - title, version, servers
 * @returns the document
 * @example
 * ```ts
 * const doc = buildOpenApiDocument(routes, { title: 'Kabinet API', version: '0.1.0' });
 * doc.paths['/v1/ping'].get.operationId; // 'ping'
 * ```
 */
export function buildOpenApiDocument(
  routes: readonly Route<never>[] | readonly Route<unknown>[],
  info: OpenApiInfo,
): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes as readonly Route<unknown>[]) {
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })) as Record<string, unknown>[];
    if (route.query !== undefined) {
      const query = jsonSchemaOf(route.query, 'input') as {
        properties?: Record<string, unknown>;
        required?: readonly string[];
      };
      for (const [name, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({
          name,
          in: 'query',
          required: query.required?.includes(name) ?? false,
          schema,
        });
      }
    }
    for (const header of route.headers ?? []) {
      parameters.push({
        name: header.name,
        in: 'header',
        required: header.required,
        description: header.description,
        schema: { type: 'string' },
      });
    }
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] =
        response.schema === undefined
          ? { description: response.description }
          : {
              description: response.description,
              content: { 'application/json': { schema: jsonSchemaOf(response.schema, 'output') } },
            };
    }
    // Only a route that reads input can answer 422 (a route that can otherwise declares it).
    const readsInput =
      route.body !== undefined ||
      route.query !== undefined ||
      route.bodyKind === 'binary' ||
      parameters.length > 0;
    if (readsInput) {
      responses['422'] ??= {
        description: 'Invalid input: issues with field paths and messages',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    responses['default'] = {
      description: 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [...route.tags],
      parameters,
      responses,
    };
    if (route.access !== 'public') operation.security = [{ bearer: [] }, { cookie: [] }];
    if (route.access === 'operator') operation['x-kabinet-role'] = 'operator';
    if (route.bodyKind === 'binary' && route.bodyMedia !== undefined) {
      const content: Record<string, unknown> = {};
      for (const [media, schema] of Object.entries(route.bodyMedia))
        content[media] = { schema: jsonSchemaOf(schema, 'input') };
      operation.requestBody = { required: true, content };
    } else if (route.bodyKind === 'binary') {
      operation.requestBody = {
        required: true,
        content: {
          'application/octet-stream': {
            schema: { type: 'string', contentMediaType: 'application/octet-stream' },
          },
        },
      };
    } else if (route.body !== undefined) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } },
      };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description === undefined ? {} : { description: info.description }),
    },
    ...(info.servers === undefined ? {} : { servers: info.servers }),
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'kabinet_session' },
      },
    },
  };
}
