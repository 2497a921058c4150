/**
 * The answer clock of a support request (SVC-3): `running` until `deadlineAt`, `paused` with the
 * time that was left while support waits for the user, `stopped` once resolved.
 *
 * @example
 * ```ts
 * const clock: SupportDeadline = { state: 'running', deadlineAt: Date.UTC(2027, 0, 13, 6) };
 * ```
 */
export type SupportDeadline =
  | {
      /** Running: support is to answer. */
      readonly state: 'running';
      /** Epoch ms the result is due. */
      readonly deadlineAt: number;
    }
  | {
      /** Paused: support waits for the user. */
      readonly state: 'paused';
      /** What was left when it paused, ms (negative when it was already overdue). */
      readonly remainingMs: number;
    }
  | {
      /** Stopped: resolved. */
      readonly state: 'stopped';
    };

/**
 * What happens to the clock.
 *
 * @example
 * ```ts
 * const step: SupportDeadlineStep = 'pause'; // support asked the user for something
 * ```
 */
export type SupportDeadlineStep = 'start' | 'pause' | 'resume' | 'stop';

/**
 * Moves the answer clock (pure): `start` gives a full `answerWithinMs` from `now` (a new or a
 * reopened request); `pause` keeps what is left — negative when already overdue — while the
 * request waits for the user; `resume` runs the rest from `now` (the user replied), so the time
 * support had is `answerWithinMs` in total however often it waits; `stop` ends it (resolved).
 * A pause of a paused clock or a resume of a running one changes nothing; a stopped clock only
 * starts again.
 *
 * @param clock - the clock before
 * @param step - what happened
 * @param now - epoch ms
 * @param answerWithinMs - the policy's answer time
 * @returns the clock after
 * @example
 * ```ts
 * const started = advanceSupportDeadline({ state: 'stopped' }, 'start', 0, 48 * 3_600_000); // deadline at 48 h
 * const paused = advanceSupportDeadline(started, 'pause', 10 * 3_600_000, 48 * 3_600_000);    // 38 h left
 * advanceSupportDeadline(paused, 'resume', 30 * 3_600_000, 48 * 3_600_000);                  // deadline at 68 h
 * ```
 */
export function advanceSupportDeadline(
  clock: SupportDeadline,
  step: SupportDeadlineStep,
  now: number,
  answerWithinMs: number,
): SupportDeadline {
  switch (step) {
    case 'start':
      return { state: 'running', deadlineAt: now + answerWithinMs };
    case 'stop':
      return { state: 'stopped' };
    case 'pause':
      return clock.state === 'running'
        ? { state: 'paused', remainingMs: clock.deadlineAt - now }
        : clock;
    case 'resume':
      return clock.state === 'paused'
        ? { state: 'running', deadlineAt: now + clock.remainingMs }
        : clock;
  }
}
