import { ConflictError } from '@kabinet/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stored } from '../../store/index.js';
import { scheduleCall } from './schedule-call.js';
import {
  formsChain,
  naiveWriter,
  optimisticWriter,
  type CounterRecord,
  type ReadSave,
  type WriterLog,
} from './writers.js';

/** A minimal correct store of one record whose calls settle on later macrotasks. */
function tinyStore(): ReadSave & { current(): Stored<CounterRecord> } {
  let stored: Stored<CounterRecord> = { id: 'c', value: 0, version: 1 };
  const later = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  return {
    current: () => stored,
    async get() {
      await later();
      return { ...stored };
    },
    async update(record, expectedVersion) {
      await later();
      if (stored.version !== expectedVersion)
        throw new ConflictError('counter', record.id, expectedVersion);
      stored = { ...record, version: expectedVersion + 1 };
      return { ...stored };
    },
  };
}

describe('contract helpers (the verdicts of the suites rest on them)', () => {
  it('formsChain accepts exactly first..first+count-1, each once, in any order', () => {
    expect(formsChain([3, 1, 2], 1, 3)).toBe(true);
    expect(formsChain([1, 2, 2], 1, 3)).toBe(false);
    expect(formsChain([1, 2], 1, 3)).toBe(false);
    expect(formsChain([2, 3, 4], 1, 3)).toBe(false);
    expect(formsChain([], 1, 0)).toBe(true);
  });

  it('optimistic writers over a correct store lose nothing; naive writers over the same store lose updates', async () => {
    const good = tinyStore();
    const log: WriterLog = { expectedVersions: [], retries: 0 };
    await Promise.all(Array.from({ length: 4 }, () => optimisticWriter(good, 'c', 5, log)));
    expect(good.current().value).toBe(20);
    expect(formsChain(log.expectedVersions, 1, 20)).toBe(true);
    const bad = tinyStore();
    await Promise.all(Array.from({ length: 4 }, () => naiveWriter(bad, 'c', 5)));
    expect(bad.current().value).toBeLessThan(20);
  });

  it('scheduleCall releases results and rejections through the scheduler without unhandled rejections', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        const fails = scheduleCall(s, async (n: number) => {
          if (n % 2 === 1) throw new ConflictError('x', String(n), n);
          return n;
        });
        const outcomes = await s.waitFor(Promise.allSettled([fails(1), fails(2), fails(3)]));
        expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
        expect(s.report().every((task) => task.status === 'resolved')).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
