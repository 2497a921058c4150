import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayWindow } from './day-window.js';

describe('dayWindow', () => {
  it('OTP-7: days run from Moscow midnight by default offset 180', () => {
    const w = dayWindow(Date.UTC(2026, 0, 1, 21, 0), 180);
    expect(new Date(w.start).toISOString()).toBe('2026-01-01T21:00:00.000Z');
    expect(new Date(w.end).toISOString()).toBe('2026-01-02T21:00:00.000Z');
    expect(dayWindow(Date.UTC(2026, 0, 1, 20, 59, 59, 999), 180).index).toBe(w.index - 1);
  });

  test.prop([fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: -720, max: 840 })])(
    'contains now, lasts 24 h, and the next day starts at its end',
    (now, offset) => {
      const w = dayWindow(now, offset);
      expect(w.start).toBeLessThanOrEqual(now);
      expect(now).toBeLessThan(w.end);
      expect(w.end - w.start).toBe(86_400_000);
      expect(dayWindow(w.end, offset).index).toBe(w.index + 1);
    },
  );
});
