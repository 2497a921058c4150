import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { defaultAppointmentsPolicy, strictAppointmentsPolicy } from './appointments-policy.js';
import { defineAppointmentsPolicy } from './define-appointments-policy.js';

describe('defineAppointmentsPolicy', () => {
  it('SVC-2: the defaults hold a slot 10 minutes and allow changes until 24 hours before; both presets pass the checks', () => {
    expect(defaultAppointmentsPolicy.holdMs).toBe(10 * 60_000);
    expect(defaultAppointmentsPolicy.changeCutoffMs).toBe(24 * 3_600_000);
    expect(defineAppointmentsPolicy()).toEqual(defaultAppointmentsPolicy);
    expect(defineAppointmentsPolicy({}, strictAppointmentsPolicy)).toEqual(
      strictAppointmentsPolicy,
    );
  });

  test.prop([
    fc.integer({ min: 60_000, max: 3_600_000 }),
    fc.integer({ min: 0, max: 7 * 86_400_000 }),
  ])('accepts every hold of 1–60 minutes and cutoff of up to 7 days', (holdMs, changeCutoffMs) => {
    expect(defineAppointmentsPolicy({ holdMs, changeCutoffMs })).toMatchObject({
      holdMs,
      changeCutoffMs,
    });
  });

  test.prop([
    fc.oneof(
      fc.integer({ max: 59_999 }),
      fc.integer({ min: 3_600_001 }),
      fc.double({ noInteger: true }),
      fc.constant(Number.NaN),
    ),
  ])('refuses a hold out of range or not an integer with ERR_CONFIG', (holdMs) => {
    expect(() => defineAppointmentsPolicy({ holdMs })).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG' }),
    );
  });

  it('refuses a default page larger than the maximum, and a zero capacity of active appointments', () => {
    expect(() => defineAppointmentsPolicy({ defaultPageSize: 200, maxPageSize: 100 })).toThrow(
      /defaultPageSize/,
    );
    expect(() => defineAppointmentsPolicy({ maxActivePerAccount: 0 })).toThrow(
      /maxActivePerAccount/,
    );
  });
});
