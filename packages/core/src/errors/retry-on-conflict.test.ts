import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConflictError, KabinetError } from './kabinet-error.js';
import { retryOnConflict } from './retry-on-conflict.js';

// What one try of the body does: lose to a conflict, fail otherwise, or succeed with a value.
type Step = { kind: 'conflict' } | { kind: 'other' } | { kind: 'ok'; value: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: 'conflict' }),
  fc.constant<Step>({ kind: 'other' }),
  fc.integer().map((value): Step => ({ kind: 'ok', value })),
);

/** A body that plays `steps` in order (conflicts once they run out), counting its tries. */
function scripted(steps: readonly Step[]) {
  const tries: number[] = [];
  const body = async (attempt: number): Promise<number> => {
    tries.push(attempt);
    const now = steps[tries.length - 1] ?? { kind: 'conflict' };
    if (now.kind === 'conflict') throw new ConflictError('record', 'rec_1', tries.length);
    if (now.kind === 'other') throw new KabinetError('ERR_STORE', `socket closed ${tries.length}`);
    return now.value;
  };
  return { body, tries };
}

describe('retryOnConflict', () => {
  test.prop([fc.nat(8), fc.array(step, { maxLength: 12 })], { numRuns: 300 })(
    'S-15: retries exactly `retries` times on conflicts, never on other errors, and returns the first success',
    async (retries, steps) => {
      const { body, tries } = scripted(steps);
      const settled = await retryOnConflict(retries, body).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      // The model: the first try that is not a conflict decides, if it comes within retries + 1.
      const decisive = steps.findIndex((s) => s.kind !== 'conflict');
      const ran = decisive !== -1 && decisive <= retries ? decisive + 1 : retries + 1;
      expect(tries).toEqual(Array.from({ length: ran }, (_, i) => i));
      const last = steps[ran - 1];
      if (last?.kind === 'ok') expect(settled).toEqual({ value: last.value });
      else if (last?.kind === 'other') {
        expect(settled).toMatchObject({
          error: { code: 'ERR_STORE', message: `socket closed ${ran}` },
        });
      } else {
        // Every try conflicted: the last try's own conflict reaches the caller.
        expect(settled).toMatchObject({ error: { code: 'ERR_CONFLICT', expectedVersion: ran } });
      }
    },
  );

  it('S-15: with 2 retries a body that conflicts twice succeeds on its third try', async () => {
    const { body, tries } = scripted([
      { kind: 'conflict' },
      { kind: 'conflict' },
      { kind: 'ok', value: 7 },
    ]);
    await expect(retryOnConflict(2, body)).resolves.toBe(7);
    expect(tries).toEqual([0, 1, 2]);
  });

  it('S-15: with 2 retries a third conflict is thrown, never swallowed', async () => {
    const { body, tries } = scripted([]);
    await expect(retryOnConflict(2, body)).rejects.toSatisfy(ConflictError.isInstance);
    expect(tries).toEqual([0, 1, 2]);
  });

  it('retries 0 runs the body once', async () => {
    const { body, tries } = scripted([]);
    await expect(retryOnConflict(0, body)).rejects.toSatisfy(ConflictError.isInstance);
    expect(tries).toEqual([0]);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws ERR_INVALID_ARGUMENT for retries %s without running the body',
    async (retries) => {
      const { body, tries } = scripted([{ kind: 'ok', value: 1 }]);
      await expect(retryOnConflict(retries, body)).rejects.toMatchObject({
        code: 'ERR_INVALID_ARGUMENT',
      });
      expect(tries).toEqual([]);
    },
  );
});
