// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest (its
// include is `*.test.ts`), so they cost the test run nothing. A broken expectation or an
// unused `@ts-expect-error` fails the typecheck.
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { defineRoute, type Route, type RouteContext } from './define-route.js';
import type { HttpReply } from '../responses/http-reply.js';

interface Principal {
  readonly id: string;
  readonly role: 'user' | 'operator';
}

const meta = {
  method: 'POST',
  path: '/v1/things',
  summary: 'Create',
  tags: ['t'],
  access: 'session',
  responses: { 201: { description: 'created' } },
} as const;

// The handler sees the body schema's output type (after transforms and defaults), not its input.
defineRoute<
  Principal,
  z.ZodObject<{
    name: z.ZodString;
    count: z.ZodDefault<z.ZodNumber>;
    at: z.ZodPipe<z.ZodString, z.ZodTransform<Date, string>>;
  }>
>({
  ...meta,
  operationId: 'createThing',
  body: z.object({
    name: z.string(),
    count: z.number().default(1),
    at: z.string().transform((s) => new Date(s)),
  }),
  handle: async (ctx) => {
    expectTypeOf(ctx.body).toEqualTypeOf<{ name: string; count: number; at: Date }>();
    expectTypeOf(ctx.principal).toEqualTypeOf<Principal | undefined>();
    // @ts-expect-error — no such field in the schema
    void ctx.body.nmae;
    return { status: 201, body: { name: ctx.body.name } };
  },
});

// Inferred without explicit type arguments, too.
const inferred = defineRoute({
  ...meta,
  operationId: 'inferred',
  body: z.object({ amount: z.number().int(), tags: z.array(z.string()).optional() }),
  handle: async (ctx) => {
    expectTypeOf(ctx.body).toEqualTypeOf<{ amount: number; tags?: string[] | undefined }>();
    return { status: 201 };
  },
});
// A route of any body goes into the one route table.
expectTypeOf(inferred).toEqualTypeOf<Route<unknown, unknown>>();

// Without a body schema the body is `unknown`: nothing can be read from it unchecked.
defineRoute<Principal>({
  ...meta,
  operationId: 'noBody',
  handle: async (ctx) => {
    expectTypeOf(ctx.body).toBeUnknown();
    // @ts-expect-error — an unchecked body has no fields
    void ctx.body.name;
    return { status: 204 };
  },
});

// A handler must answer an HttpReply: a wrong reply shape does not compile.
defineRoute<Principal>({
  ...meta,
  operationId: 'noStatus',
  // @ts-expect-error — a reply without a status
  handle: async () => ({ body: { ok: true } }),
});
defineRoute<Principal>({
  ...meta,
  operationId: 'statusAsText',
  // @ts-expect-error — the status is a number
  handle: async () => ({ status: '201' }),
});
defineRoute<Principal>({
  ...meta,
  operationId: 'headerNumber',
  // @ts-expect-error — header values are strings
  handle: async () => ({ status: 200, headers: { 'retry-after': 300 } }),
});
defineRoute<Principal>({
  ...meta,
  operationId: 'notAsync',
  // @ts-expect-error — the handler returns a promise of the reply
  handle: () => ({ status: 200 }),
});
defineRoute<Principal>({
  ...meta,
  operationId: 'aResponse',
  // @ts-expect-error — the handler never builds a Response itself
  handle: async () => new Response(null, { status: 204 }),
});

// The route's own declaration is checked too.
defineRoute<Principal>({
  ...meta,
  operationId: 'badMethod',
  // @ts-expect-error — not one of the API's methods
  method: 'CONNECT',
  handle: async () => ({ status: 204 }),
});
defineRoute<Principal>({
  ...meta,
  operationId: 'badAccess',
  // @ts-expect-error — access is public, session or operator
  access: 'admin',
  handle: async () => ({ status: 204 }),
});

// ctx.problem builds an error reply.
expectTypeOf<RouteContext<unknown, Principal>['problem']>().returns.toEqualTypeOf<HttpReply>();
