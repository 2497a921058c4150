import type { Issue, Locale } from '@kabinet/core';
import type { z } from 'zod';
import type { HttpReply } from '../responses/http-reply.js';

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route: anyone, a signed-in user, or a support operator. */
export type RouteAccess = 'public' | 'session' | 'operator';

/** What a handler receives. */
export interface RouteContext<Body, Principal> {
  /** The Web request as received (its body already consumed for JSON and binary routes). */
  readonly request: Request;
  /** The body, already checked against the route's schema (raw bytes for `binary` routes). */
  readonly body: Body;
  /** Path parameters by name (`/v1/drafts/{draftId}` → `params.draftId`). */
  readonly params: Readonly<Record<string, string>>;
  /** The query string. */
  readonly query: URLSearchParams;
  /** The client's language from `Accept-Language` (Russian by default). */
  readonly locale: Locale;
  /** The client's IP as the adapter determined it (`trust proxy` aware). */
  readonly ip: string;
  /** The `User-Agent` header, cut to 256 characters. */
  readonly userAgent: string;
  /** The authenticated caller; always set on `session` and `operator` routes. */
  readonly principal: Principal | undefined;
  /**
   * Builds an error reply in the client's language: `problem(422, 'http.validation_failed', issues)`,
   * `problem(429, 'http.too_many_requests', [], { 'retry-after': '300' })`.
   */
  problem(
    status: number,
    code: string,
    issues?: readonly Issue[],
    headers?: Readonly<Record<string, string>>,
  ): HttpReply;
}

/**
 * A request header a route reads, for the OpenAPI document.
 *
 * @example
 * ```ts
 * const header: RouteHeader = { name: 'x-resume-token', description: 'The draft resume token', required: true };
 * ```
 */
export interface RouteHeader {
  /** Header name. */
  readonly name: string;
  /** What the header carries. */
  readonly description: string;
  /** Whether it must be present. */
  readonly required: boolean;
}

/** A documented response of a route. */
export interface RouteResponse {
  /** What the response means, for the OpenAPI document. */
  readonly description: string;
  /** The response body's schema, for the OpenAPI document. */
  readonly schema?: z.ZodType;
}

/**
 * One endpoint: method, path template, access, body schema, documented responses and the
 * handler. The same definition drives routing, validation and the OpenAPI document.
 */
export interface Route<Principal = unknown, Body = unknown> {
  /** Unique operation name (OpenAPI `operationId`). */
  readonly operationId: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** Path template with `{name}` parameters, e.g. `/v1/registration/drafts/{draftId}`. */
  readonly path: string;
  /** One-line description for the OpenAPI document. */
  readonly summary: string;
  /** OpenAPI tags (the first groups the route on the reference page). */
  readonly tags: readonly string[];
  /** Who may call the route. */
  readonly access: RouteAccess;
  /** `json` (default) bodies are checked by `body`; `binary` bodies (raw or multipart) arrive as an `Upload`. */
  readonly bodyKind?: 'json' | 'binary';
  /**
   * Query parameters (documented as `in: query`, one per property). The handler checks them,
   * e.g. with `schema.safeParse(Object.fromEntries(context.query))`.
   */
  readonly query?: z.ZodObject;
  /** Request headers the route reads (documented as `in: header`). */
  readonly headers?: readonly RouteHeader[];
  /** Request body schema (JSON routes). */
  readonly body?: z.ZodType<Body>;
  /**
   * How a `binary` route's body is documented: media type → schema (e.g. `multipart/form-data`
   * with its parts). Documentation only; the handler checks what arrives.
   */
  readonly bodyMedia?: Readonly<Record<string, z.ZodType>>;
  /** Largest accepted body for this route, overriding the API default. */
  readonly maxBodyBytes?: number;
  /** Documented responses by status. */
  readonly responses: Readonly<Record<number, RouteResponse>>;
  /** Runs the use case and returns the reply. */
  handle(context: RouteContext<Body, Principal>): Promise<HttpReply>;
}

/**
 * Declares a route with its body type inferred from the schema.
 *
 * @param route - the route
 * @returns the same route, typed
 * @example
 * ```ts
 * const ping = defineRoute({
 *   operationId: 'ping', method: 'GET', path: '/v1/ping', summary: 'Liveness', tags: ['meta'],
 *   access: 'public', responses: { 200: { description: 'alive' } },
 *   handle: async () => ({ status: 200, body: { ok: true } }),
 * });
 * ```
 */
export function defineRoute<Principal, Schema extends z.ZodType | undefined = undefined>(
  route: Omit<Route<Principal, Schema extends z.ZodType ? z.output<Schema> : unknown>, 'body'> & {
    readonly body?: Schema;
  },
): Route<Principal, unknown> {
  return route as unknown as Route<Principal, unknown>;
}
