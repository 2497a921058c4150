import { JournalTamperedError } from '@kabinet/core';
import type { JournalCheckpointRecord, JournalEntry, KeyProvider } from '@kabinet/ports';
import { verifyCheckpoint } from '../checkpoint/verify-checkpoint.js';
import { createMerkleFrontier, type MerkleFrontier } from '../merkle/create-merkle-frontier.js';
import { leafHashForVerify } from './fast-leaf.js';

/** A Merkle frontier and the hash of the last entry it holds. */
export interface CheckedFrontier {
  readonly frontier: MerkleFrontier;
  readonly head: string;
}

/**
 * The frontier a stored checkpoint persisted, when its signature verifies under `keys`, its
 * signed size, root and head are the record's, and the frontier's root is the signed root;
 * `undefined` otherwise (no frontier, or a damaged one: rebuild from the first entry).
 */
export async function resumeFrontier(
  record: JournalCheckpointRecord,
  keys: KeyProvider,
  origin: string,
): Promise<CheckedFrontier | undefined> {
  if (record.frontier === undefined) return undefined;
  const r = await verifyCheckpoint(record.jws, keys.verificationKeys(), { origin });
  const signed =
    r.success &&
    r.data.size === record.size &&
    r.data.root === record.root &&
    r.data.head === record.head
      ? r.data
      : undefined;
  try {
    const resumed = createMerkleFrontier({ size: record.size, hashes: record.frontier });
    if (signed !== undefined && resumed.root() === signed.root)
      return { frontier: resumed, head: signed.head };
  } catch {
    // A damaged frontier cache: rebuild from the first entry.
  }
  return undefined;
}

/**
 * Takes `batch` into the frontier, each entry checked to follow the last (`seq`, `prev`, and
 * its hash recomputed); `at.frontierHead` follows every entry taken.
 *
 * @param refusal - what the caller will not do, for the error message
 * @throws JournalTamperedError at the first entry that does not chain
 */
export function takeIntoFrontier(
  frontier: MerkleFrontier,
  at: { frontierHead: string },
  batch: readonly JournalEntry[],
  refusal: string,
): void {
  for (const e of batch) {
    if (e.seq !== frontier.size || e.prev !== at.frontierHead || leafHashForVerify(e) !== e.hash) {
      throw new JournalTamperedError(`journal entry ${frontier.size} does not chain; ${refusal}`, {
        details: { seq: frontier.size },
      });
    }
    frontier.append(e.hash);
    at.frontierHead = e.hash;
  }
}
