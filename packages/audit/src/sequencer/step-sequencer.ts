import type { JournalEntry } from '@kabinet/ports';
import type { MerkleFrontier } from '../merkle/create-merkle-frontier.js';
import { dropLease } from './_lib/drop-lease.js';
import { isCode, type SequencerContext } from './_lib/sequencer-context.js';
import {
  resumeSequencer,
  sequencerCheckpointDue,
  signSequencerCheckpoint,
} from './_lib/sequencer-frontier.js';
import { sealJournalBatch } from './seal-journal-batch.js';

/** Batches tried at once when direct appends keep moving the chain under them. */
const CONFLICT_ATTEMPTS = 3;

/**
 * One batch of the sequencer (not serialised: the caller runs one at a time): takes the lead
 * when it is free, then moves up to `batchSize` pending entries into the chain and signs a
 * checkpoint when one is due.
 *
 * @param ctx - the sequencer's context
 * @returns the entries moved (0 when none waited or another instance leads)
 * @throws KabinetError `ERR_UNAVAILABLE` when the store is unreachable (the lease is dropped);
 *   `ERR_JOURNAL_TAMPERED` when the chain does not verify
 * @example
 * ```ts
 * const moved = await serial(() => stepSequencer(ctx));
 * ```
 */
export async function stepSequencer(ctx: SequencerContext): Promise<number> {
  if (ctx.lease === undefined) {
    ctx.lease = await ctx.outbox.lead();
    if (ctx.lease === undefined) return 0;
    ctx.frontier = undefined;
  }
  const lease = ctx.lease;
  let entries: readonly JournalEntry[] | undefined;
  // A direct append moved the chain under the batch (nothing was written): rebuild from the
  // store and try again at once, so a unit's own entries are chained before it returns.
  for (let attempt = 1; entries === undefined; attempt++) {
    try {
      if (ctx.frontier === undefined) {
        const f = await resumeSequencer(ctx);
        if (sequencerCheckpointDue(ctx, f.size)) await signSequencerCheckpoint(ctx, f);
      }
      entries = await lease.sequence(ctx.batchSize, sealJournalBatch);
    } catch (error) {
      // Whatever was written is in the store: rebuild from it next time.
      ctx.frontier = undefined;
      if (isCode(error, 'ERR_CONFLICT')) {
        if (attempt < CONFLICT_ATTEMPTS) continue;
        return 0;
      }
      if (!isCode(error, 'ERR_JOURNAL_TAMPERED')) await dropLease(ctx);
      throw error;
    }
  }
  if (entries.length === 0) return 0;
  let f: MerkleFrontier | undefined = ctx.frontier;
  if (f === undefined || f.size !== entries[0]!.seq) {
    // Entries were appended outside the outbox since the last batch: read them all.
    f = await resumeSequencer(ctx);
  } else {
    for (const e of entries) f.append(e.hash);
    ctx.frontierHead = entries[entries.length - 1]!.hash;
  }
  if (sequencerCheckpointDue(ctx, f.size)) await signSequencerCheckpoint(ctx, f);
  return entries.length;
}
