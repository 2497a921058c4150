// Type-level tests of kabinetRoute: checked by `tsc --noEmit` (`pnpm typecheck`), never run by
// vitest. A broken expectation or an unused `@ts-expect-error` fails the typecheck.
import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import type { Route } from '../../routing/define-route.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import { kabinetRoute } from './tools.js';

const meta = {
  method: 'POST',
  path: '/v1/payments',
  summary: 'Pay',
  tags: ['payments'],
  access: 'session',
  responses: { 201: { description: 'created' } },
} as const;

const pay = kabinetRoute({
  ...meta,
  operationId: 'pay',
  body: z.object({
    uin: z.string(),
    amount: z.number().int().positive(),
    note: z.string().trim().optional(),
  }),
  handle: async (ctx) => {
    // The handler sees the body schema's output type and the Kabinet principal.
    expectTypeOf(ctx.body).toEqualTypeOf<{
      uin: string;
      amount: number;
      note?: string | undefined;
    }>();
    expectTypeOf(ctx.principal).toEqualTypeOf<KabinetPrincipal | undefined>();
    if (ctx.principal?.kind === 'operator') expectTypeOf(ctx.principal.operatorId).toBeString();
    // @ts-expect-error — amount is a number, not a string
    ctx.body.amount.toUpperCase();
    return { status: 201, body: { uin: ctx.body.uin } };
  },
});
expectTypeOf(pay).toEqualTypeOf<Route<KabinetPrincipal>>();

kabinetRoute({
  ...meta,
  operationId: 'noBody',
  handle: async (ctx) => {
    expectTypeOf(ctx.body).toBeUnknown();
    return { status: 204 };
  },
});

kabinetRoute({
  ...meta,
  operationId: 'wrongReply',
  // @ts-expect-error — a reply is { status, body?, headers?, cookies? }
  handle: async () => ({ code: 201, data: {} }),
});

kabinetRoute({
  ...meta,
  operationId: 'wrongCookies',
  // @ts-expect-error — cookies are Set-Cookie strings
  handle: async () => ({ status: 200, cookies: [{ name: 'kabinet_session', value: 's1' }] }),
});
