import { fc, test } from '@fast-check/vitest';
import type { AttemptStatus } from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { attemptMachine } from './attempt-machine.js';
import { classifyObservation } from './classify-observation.js';

/** The merge the service applies: advance only. */
function apply(current: AttemptStatus, observed: AttemptStatus): AttemptStatus {
  return classifyObservation(current, observed) === 'advance' ? observed : current;
}

/** A provider's real history: forward through the non-terminal ranks, one terminal at most. */
const history = fc
  .tuple(
    fc.subarray(['requires_action', 'processing', 'authorized'] as const),
    fc.option(fc.constantFrom<AttemptStatus>('succeeded', 'failed', 'canceled'), {
      nil: undefined,
    }),
  )
  .map(([steps, end]) => [...steps, ...(end === undefined ? [] : [end])] as AttemptStatus[]);

describe('classifyObservation: forward-only merge of provider observations', () => {
  it('classifies advance, same, regression and conflict', () => {
    expect(classifyObservation('created', 'succeeded')).toBe('advance');
    expect(classifyObservation('processing', 'processing')).toBe('same');
    expect(classifyObservation('succeeded', 'processing')).toBe('regression');
    expect(classifyObservation('authorized', 'requires_action')).toBe('regression');
    expect(classifyObservation('failed', 'succeeded')).toBe('conflict');
    expect(classifyObservation('canceled', 'failed')).toBe('conflict');
  });

  test.prop([fc.constantFrom(...attemptMachine.states), fc.constantFrom(...attemptMachine.states)])(
    'every advance is an edge of the attempt table',
    (from, to) => {
      if (classifyObservation(from, to) === 'advance')
        expect(
          attemptMachine
            .eventsFrom(from)
            .some(
              (e) =>
                attemptMachine.transition(from, e).success &&
                (attemptMachine.transition(from, e) as { data: string }).data === to,
            ),
        ).toBe(true);
    },
  );

  test.prop([
    history,
    fc.array(fc.nat(), { maxLength: 20 }),
    fc.array(fc.nat(), { maxLength: 10 }),
  ])(
    'S-16: any permutation and duplication of a provider history ends in its final status',
    (steps, order, duplicates) => {
      const delivered = [
        ...steps,
        ...duplicates
          .map((d) => steps[d % Math.max(1, steps.length)])
          .filter((s): s is AttemptStatus => s !== undefined),
      ];
      // A deterministic shuffle driven by `order`.
      for (let i = delivered.length - 1; i > 0; i--) {
        const j = (order[i % Math.max(1, order.length)] ?? 0) % (i + 1);
        [delivered[i], delivered[j]] = [delivered[j]!, delivered[i]!];
      }
      const final = delivered.reduce(apply, 'created' as AttemptStatus);
      expect(final).toBe(steps.length === 0 ? 'created' : steps[steps.length - 1]);
    },
  );
});
