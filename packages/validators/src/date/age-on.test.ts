import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ageOn } from './age-on.js';

const day = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('ageOn', () => {
  test.prop([day, day])(
    'age never decreases as the date moves on, and is 0 on the birth date',
    (a, b) => {
      const [birth, later] = a <= b ? [a, b] : [b, a];
      expect(ageOn(birth, birth)).toBe(0);
      expect(ageOn(birth, later)).toBeGreaterThanOrEqual(0);
      expect(ageOn(birth, later)).toBeLessThanOrEqual(
        Number(later.slice(0, 4)) - Number(birth.slice(0, 4)),
      );
    },
  );

  it('counts whole years on the birthday, not the day before', () => {
    expect(ageOn('1990-06-15', '2026-06-14')).toBe(35);
    expect(ageOn('1990-06-15', '2026-06-15')).toBe(36);
    expect(ageOn('2026-06-15', '2026-01-01')).toBe(-1);
  });

  it('throws ERR_INVALID_ARGUMENT for a date that was not parsed first', () => {
    expect(() => ageOn('29.02.2008', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});
