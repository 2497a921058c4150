import { ConflictError } from '@kabinet/core';
import type { JournalCheckpointRecord } from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `putCheckpoint`: stores a frozen copy of a checkpoint that covers more of
 * the chain than the latest one and no more than the chain holds.
 *
 * @param state - the store's state
 * @param checkpoint - the signed checkpoint
 * @throws ConflictError when the latest checkpoint is as large or larger
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when it covers more entries than the chain holds
 * @example
 * ```ts
 * putCheckpoint(state, { size, root, head, ts, kid, jws });
 * ```
 */
export function putCheckpoint(
  state: MemoryJournalState,
  checkpoint: JournalCheckpointRecord,
): void {
  const { checkpoints, entries } = state;
  if (
    !Number.isSafeInteger(checkpoint.size) ||
    checkpoint.size < 0 ||
    checkpoint.size > entries.length
  ) {
    invalidArgument('a checkpoint cannot cover more entries than the chain holds', {
      size: String(checkpoint.size),
      chainSize: entries.length,
    });
  }
  const latest = checkpoints[checkpoints.length - 1];
  if (latest !== undefined && latest.size >= checkpoint.size)
    throw new ConflictError('journal-checkpoint', String(checkpoint.size), latest.size);
  checkpoints.push(
    Object.freeze({
      size: checkpoint.size,
      root: checkpoint.root,
      head: checkpoint.head,
      ts: checkpoint.ts,
      kid: checkpoint.kid,
      jws: checkpoint.jws,
      ...(checkpoint.frontier === undefined
        ? {}
        : { frontier: Object.freeze([...checkpoint.frontier]) }),
    }),
  );
}
