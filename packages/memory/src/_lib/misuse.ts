import { invalidArgument } from '@kabinet/ports';

// `invalidArgument` lives in `@kabinet/ports` (one definition for every adapter); re-exported
// here for the modules of this package that import it from `_lib`.
export { invalidArgument };

/** The sweep interval option, checked: a positive integer. */
export function checkSweepEvery(value: number | undefined, fallback: number): number {
  const every = value ?? fallback;
  if (!Number.isInteger(every) || every < 1)
    invalidArgument('sweepEvery must be a positive integer', { sweepEvery: String(value) });
  return every;
}
