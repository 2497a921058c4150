import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCatalogue } from '@kabinet/core';
import { defineRoute, type KabinetPrincipal } from '@kabinet/http';
import { client, createTestApp, login, registerActive } from './_kit.js';

const taken = new Set<string>();
const bookings = defineRoute<KabinetPrincipal, z.ZodObject<{ slotId: z.ZodString }>>({
  operationId: 'bookPortalSlot',
  method: 'POST',
  path: '/v1/portal/bookings',
  summary: 'Book a slot (SVC-2)',
  tags: ['portal'],
  access: 'session',
  body: z.object({ slotId: z.string().max(64) }),
  responses: { 201: { description: 'Booked' } },
  handle: async (ctx) => {
    if (taken.has(ctx.body.slotId)) return ctx.problem(409, 'appointment.slot_taken');
    taken.add(ctx.body.slotId);
    return {
      status: 201,
      body: {
        slotId: ctx.body.slotId,
        accountId: ctx.principal?.kind === 'account' ? ctx.principal.auth.accountId : null,
      },
    };
  },
});

describe('an integrator’s own routes (integrator guide §9)', () => {
  it('are served with Kabinet’s access rules, documented, and answer in both languages', async () => {
    const t = createTestApp({
      http: {
        routes: [bookings],
        catalogue: defineCatalogue({
          ru: { 'appointment.slot_taken': 'Время уже занято' },
          en: { 'appointment.slot_taken': 'The slot is taken' },
        }),
      },
    });
    const account = await registerActive(t);
    const tokens = await login(t, account);
    const c = client(t);
    expect((await c.json('post', '/v1/portal/bookings', { slotId: 's1' })).status).toBe(401);
    const booked = await c.json(
      'post',
      '/v1/portal/bookings',
      { slotId: 's1' },
      { authorization: `Bearer ${tokens.accessToken}` },
    );
    expect(booked.status).toBe(201);
    expect(booked.body.accountId).toBe(account.accountId);
    const again = await c.json(
      'post',
      '/v1/portal/bookings',
      { slotId: 's1' },
      { authorization: `Bearer ${tokens.accessToken}`, 'accept-language': 'en' },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('The slot is taken');
    expect(t.http.openapi.paths).toHaveProperty('/v1/portal/bookings');
  });
});
