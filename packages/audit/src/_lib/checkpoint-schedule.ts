import { KabinetError } from '@kabinet/core';
import { defaultCheckpointPolicy } from '../journal/checkpoint-policy.js';
import type { JournalCheckpointPolicy } from '../journal/journal-types.js';

/** The size and time of the latest signed checkpoint. */
export interface CheckpointMark {
  readonly size: number;
  readonly ts: number;
}

/**
 * The checkpoint policy with the defaults filled in.
 *
 * @throws KabinetError `ERR_CONFIG` when either bound is not positive
 */
export function resolveCheckpointPolicy(
  given: Partial<JournalCheckpointPolicy> | undefined,
): JournalCheckpointPolicy {
  const policy: JournalCheckpointPolicy = {
    everyEntries: given?.everyEntries ?? defaultCheckpointPolicy.everyEntries,
    everyMs: given?.everyMs ?? defaultCheckpointPolicy.everyMs,
  };
  if (!(policy.everyEntries >= 1) || !(policy.everyMs >= 1)) {
    throw new KabinetError(
      'ERR_CONFIG',
      'checkpoint.everyEntries and checkpoint.everyMs must be positive',
      { details: { everyEntries: policy.everyEntries, everyMs: policy.everyMs } },
    );
  }
  return policy;
}

/**
 * Whether a chain of `size` entries is due a checkpoint after `last`: `everyEntries` entries
 * since, or any new entry and `everyMs` since (`now` is read only then).
 */
export function isCheckpointDue(
  policy: JournalCheckpointPolicy,
  size: number,
  last: CheckpointMark | undefined,
  now: () => number,
): boolean {
  const lastSize = last?.size ?? 0;
  return (
    size - lastSize >= policy.everyEntries ||
    (size > lastSize && (last === undefined || now() - last.ts >= policy.everyMs))
  );
}
