import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { advanceSupportDeadline, type SupportDeadline } from './support-deadline.js';

const H = 3_600_000;
const ANSWER = 48 * H;

describe('advanceSupportDeadline', () => {
  it('SVC-3: the result is due 48 hours after the request is received', () => {
    expect(advanceSupportDeadline({ state: 'stopped' }, 'start', 1_000, ANSWER)).toEqual({
      state: 'running',
      deadlineAt: 1_000 + ANSWER,
    });
  });

  it('SVC-3: the clock stands still while support waits for the user: 10 h run, 20 h wait, then 38 h are left', () => {
    const started = advanceSupportDeadline({ state: 'stopped' }, 'start', 0, ANSWER);
    const paused = advanceSupportDeadline(started, 'pause', 10 * H, ANSWER);
    expect(paused).toEqual({ state: 'paused', remainingMs: 38 * H });
    expect(advanceSupportDeadline(paused, 'resume', 30 * H, ANSWER)).toEqual({
      state: 'running',
      deadlineAt: 68 * H,
    });
  });

  it('an overdue clock keeps its debt across a pause (remaining is negative, the deadline stays in the past)', () => {
    const paused = advanceSupportDeadline(
      { state: 'running', deadlineAt: 100 },
      'pause',
      150,
      ANSWER,
    );
    expect(paused).toEqual({ state: 'paused', remainingMs: -50 });
    expect(advanceSupportDeadline(paused, 'resume', 1_000, ANSWER)).toEqual({
      state: 'running',
      deadlineAt: 950,
    });
  });

  test.prop([
    fc.array(
      fc.tuple(
        fc.constantFrom('pause' as const, 'resume' as const),
        fc.integer({ min: 0, max: 10 * H }),
      ),
      { maxLength: 30 },
    ),
    fc.integer({ min: 60_000, max: 30 * 24 * H }),
  ])(
    'SVC-3: however often it pauses and resumes, support has exactly answerWithinMs of running time up to the deadline',
    (steps, answer) => {
      let now = 0;
      let clock: SupportDeadline = advanceSupportDeadline(
        { state: 'stopped' },
        'start',
        now,
        answer,
      );
      let ranMs = 0;
      for (const [step, gap] of steps) {
        if (clock.state === 'running') ranMs += gap;
        now += gap;
        clock = advanceSupportDeadline(clock, step, now, answer);
      }
      // What is left plus what has run is the whole answer time.
      const left =
        clock.state === 'running'
          ? clock.deadlineAt - now
          : clock.state === 'paused'
            ? clock.remainingMs
            : Number.NaN;
      expect(left + ranMs).toBe(answer);
    },
  );

  test.prop([
    fc.constantFrom('pause' as const, 'resume' as const, 'start' as const),
    fc.integer({ min: 0, max: 1e12 }),
  ])('a stopped clock stays stopped unless started', (step, now) => {
    const next = advanceSupportDeadline({ state: 'stopped' }, step, now, ANSWER);
    expect(next.state).toBe(step === 'start' ? 'running' : 'stopped');
  });
});
