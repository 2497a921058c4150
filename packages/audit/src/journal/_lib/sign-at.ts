import { isConflict } from '@kabinet/core';
import type { JournalCheckpointRecord, JournalEntry } from '@kabinet/ports';
import { isCheckpointDue, type CheckpointMark } from '../../_lib/checkpoint-schedule.js';
import { signCheckpoint } from '../../checkpoint/sign-checkpoint.js';
import { frontierAt } from './frontier-at.js';
import type { JournalContext } from './journal-context.js';

/**
 * Signs and stores a checkpoint of the first `size` entries, the last of them `headHash`;
 * `undefined` when the frontier is past `size` or another signer stored one first.
 *
 * @throws JournalTamperedError when an entry does not chain
 */
export async function signAt(
  ctx: JournalContext,
  size: number,
  headHash: string,
): Promise<JournalCheckpointRecord | undefined> {
  const f = await frontierAt(ctx, size);
  if (f === undefined) return undefined;
  const key = ctx.keys.currentSigningKey();
  const body = { origin: ctx.origin, size, root: f.root(), head: headHash, ts: ctx.clock.now() };
  const jws = await signCheckpoint(body, key);
  const record: JournalCheckpointRecord = {
    size,
    root: body.root,
    head: headHash,
    ts: body.ts,
    kid: key.kid,
    jws,
    frontier: f.hashes(),
  };
  try {
    await ctx.store.putCheckpoint(record);
    ctx.lastCheckpoint = { size, ts: body.ts };
    ctx.lastCheckpointKnown = true;
    return record;
  } catch (error) {
    if (!isConflict(error)) throw error;
    ctx.lastCheckpointKnown = false;
    return undefined;
  }
}

/** Whether the chain ending at `entry` is due a checkpoint after `last` (by the entry's time). */
export function checkpointDueAt(
  ctx: JournalContext,
  entry: JournalEntry,
  last: CheckpointMark | undefined,
): boolean {
  return isCheckpointDue(ctx.policy, entry.seq + 1, last, () => entry.ts);
}

/** Signs a checkpoint after `entry` when one is due; a failure goes to `onError`, not the caller. */
export async function maybeCheckpoint(ctx: JournalContext, entry: JournalEntry): Promise<void> {
  try {
    if (!ctx.lastCheckpointKnown) {
      const latest = await ctx.store.latestCheckpoint();
      ctx.lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
      ctx.lastCheckpointKnown = true;
    }
    if (checkpointDueAt(ctx, entry, ctx.lastCheckpoint))
      await signAt(ctx, entry.seq + 1, entry.hash);
  } catch (error) {
    ctx.onError(error);
  }
}
