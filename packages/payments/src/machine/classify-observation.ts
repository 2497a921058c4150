import type { AttemptStatus } from '@kabinet/ports';

const RANK: Readonly<Record<AttemptStatus, number>> = {
  created: 0,
  requires_action: 1,
  processing: 2,
  authorized: 3,
  succeeded: 4,
  failed: 4,
  canceled: 4,
};

/**
 * What an observed attempt status (from a callback or a status query) means against the
 * stored one:
 *
 * - `advance` — it is later in the attempt's life: apply it;
 * - `same` — nothing new (a duplicate);
 * - `regression` — it is earlier (a late, out-of-order callback): never applied; the service
 *   asks the provider for the object's current state instead;
 * - `conflict` — a different terminal status (succeeded vs failed): providers never do this,
 *   so the provider's current state decides and the conflict is journaled.
 *
 * Applying only `advance`s is a join on the ranks `created < requires_action < processing <
 * authorized < terminal`, so any permutation or duplication of a provider's callbacks ends in
 * the same state as its final object (S-16).
 *
 * @param current - the stored attempt status
 * @param observed - the status just observed
 * @returns the classification
 * @example
 * ```ts
 * classifyObservation('processing', 'succeeded'); // 'advance'
 * classifyObservation('succeeded', 'processing'); // 'regression'
 * classifyObservation('failed', 'succeeded');     // 'conflict'
 * ```
 */
export function classifyObservation(
  current: AttemptStatus,
  observed: AttemptStatus,
): 'advance' | 'same' | 'regression' | 'conflict' {
  if (current === observed) return 'same';
  const from = RANK[current];
  const to = RANK[observed];
  if (from === 4) return to === 4 ? 'conflict' : 'regression';
  return to > from ? 'advance' : 'regression';
}
