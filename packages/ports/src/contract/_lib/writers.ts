import type { StoreRecord, Stored } from '../../store/index.js';
import { isConflict } from '@kabinet/core';

/** A record with a number the concurrency cases increment. */
export interface CounterRecord extends StoreRecord {
  readonly id: string;
  readonly value: number;
}

/** The two calls a read-modify-save writer makes (possibly wrapped by `fc.scheduler`). */
export interface ReadSave {
  readonly get: (id: string) => Promise<Stored<CounterRecord> | undefined>;
  readonly update: (
    record: CounterRecord,
    expectedVersion: number,
  ) => Promise<Stored<CounterRecord>>;
}

/** What a writer observed: every successful `expectedVersion` and how many conflicts it retried. */
export interface WriterLog {
  readonly expectedVersions: number[];
  retries: number;
}

/**
 * The correct writer: read, add one, save with the version read; on `ConflictError` re-read
 * and try again. `times` increments, each logged once.
 */
export async function optimisticWriter(
  store: ReadSave,
  id: string,
  times: number,
  log: WriterLog,
): Promise<void> {
  for (let i = 0; i < times; i++) {
    for (;;) {
      const current = await store.get(id);
      if (current === undefined) throw new Error(`record ${id} vanished`);
      try {
        await store.update({ ...current, value: current.value + 1 }, current.version);
        log.expectedVersions.push(current.version);
        break;
      } catch (error) {
        if (!isConflict(error)) throw error;
        log.retries += 1;
      }
    }
  }
}

/**
 * The negative control: computes the new value from its first read but saves with whatever
 * version is current at save time, as code that skips the version check does ("last writer
 * wins"). It never fails, and it loses updates.
 */
export async function naiveWriter(store: ReadSave, id: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const read = await store.get(id);
    if (read === undefined) throw new Error(`record ${id} vanished`);
    for (;;) {
      const fresh = await store.get(id);
      if (fresh === undefined) throw new Error(`record ${id} vanished`);
      try {
        await store.update({ ...read, value: read.value + 1 }, fresh.version);
        break;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
  }
}

/** Whether the logged expected versions are exactly `first, first + 1, …, first + count - 1`, each once. */
export function formsChain(
  expectedVersions: readonly number[],
  first: number,
  count: number,
): boolean {
  if (expectedVersions.length !== count) return false;
  const sorted = [...expectedVersions].sort((a, b) => a - b);
  return sorted.every((version, index) => version === first + index);
}
