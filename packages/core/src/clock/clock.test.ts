import { afterEach, describe, expect, it, vi } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { systemClock } from './clock.js';
import { createFakeClock } from '../testing/create-fake-clock.js';

describe('systemClock', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads Date.now', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_767_225_600_000);
    expect(systemClock.now()).toBe(1_767_225_600_000);
  });
});

describe('createFakeClock', () => {
  it('starts at 2026-01-01T00:00:00Z by default', () => {
    expect(createFakeClock().now()).toBe(Date.UTC(2026, 0, 1));
  });

  it('starts at a given epoch or Date and stays frozen until moved', () => {
    expect(createFakeClock(1000).now()).toBe(1000);
    const clock = createFakeClock(new Date('2026-02-28T23:59:59Z'));
    expect(clock.now()).toBe(Date.UTC(2026, 1, 28, 23, 59, 59));
    expect(clock.now()).toBe(clock.now());
  });

  it('moves forward by advance and jumps forward by set', () => {
    const clock = createFakeClock(0);
    clock.advance(5 * 60_000);
    expect(clock.now()).toBe(300_000);
    clock.advance(0);
    expect(clock.now()).toBe(300_000);
    clock.set(300_000);
    clock.set(1_000_000);
    expect(clock.now()).toBe(1_000_000);
  });

  it('refuses to go backwards or to move by a non-number', () => {
    const clock = createFakeClock(1000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => clock.set(999)).toThrow(RangeError);
    expect(() => clock.set(Number.NaN)).toThrow(RangeError);
    expect(clock.now()).toBe(1000);
  });

  const step = fc.oneof(
    fc.record({
      op: fc.constant('advance' as const),
      value: fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
    }),
    fc.record({
      op: fc.constant('set' as const),
      value: fc.integer({ min: 0, max: 4_000_000_000_000 }),
    }),
  );

  test.prop([fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.array(step, { maxLength: 40 })])(
    'never goes back, whatever it is told; it throws exactly when told to',
    (start, steps) => {
      const clock = createFakeClock(start);
      let expected = start;
      for (const { op, value } of steps) {
        const before = clock.now();
        const backwards = op === 'advance' ? value < 0 : value < expected;
        const move = (): void => (op === 'advance' ? clock.advance(value) : clock.set(value));
        if (backwards) {
          expect(move).toThrow(RangeError);
        } else {
          move();
          expected = op === 'advance' ? expected + value : value;
        }
        expect(clock.now()).toBe(expected);
        expect(clock.now()).toBeGreaterThanOrEqual(before);
      }
    },
  );
});
