import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeBackoff } from './compute-backoff.js';
import { defaultNotificationsPolicy } from './notifications-policy.js';

const policy = fc.integer({ min: 1, max: 3_600_000 }).chain((backoffMs) =>
  fc.record({
    backoffMs: fc.constant(backoffMs),
    maxBackoffMs: fc.integer({ min: backoffMs, max: 86_400_000 }),
  }),
);

describe('computeBackoff', () => {
  test.prop([policy, fc.integer({ min: 1, max: 10_000 })])(
    'starts at backoffMs, never exceeds maxBackoffMs, never shrinks',
    (p, attempts) => {
      const delay = computeBackoff(attempts, p);
      expect(computeBackoff(1, p)).toBe(p.backoffMs);
      expect(delay).toBeGreaterThanOrEqual(p.backoffMs);
      expect(delay).toBeLessThanOrEqual(p.maxBackoffMs);
      expect(computeBackoff(attempts + 1, p)).toBeGreaterThanOrEqual(delay);
      expect(Number.isFinite(delay)).toBe(true);
    },
  );

  it('the defaults: 30 s, 1 min, 2 min, … capped at 1 h', () => {
    expect(
      [1, 2, 3, 4, 7, 8, 50].map((a) => computeBackoff(a, defaultNotificationsPolicy)),
    ).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000]);
  });
});
