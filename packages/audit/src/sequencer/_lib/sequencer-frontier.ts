import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { isCheckpointDue } from '../../_lib/checkpoint-schedule.js';
import { resumeFrontier, takeIntoFrontier } from '../../_lib/resume-frontier.js';
import { signCheckpoint } from '../../checkpoint/sign-checkpoint.js';
import { createMerkleFrontier, type MerkleFrontier } from '../../merkle/create-merkle-frontier.js';
import { isCode, type SequencerContext } from './sequencer-context.js';

const READ_BATCH = 4096;

/**
 * Rebuilds the frontier from the latest trusted checkpoint and checks every entry after it.
 *
 * @throws JournalTamperedError when an entry does not chain
 */
export async function resumeSequencer(ctx: SequencerContext): Promise<MerkleFrontier> {
  let f = createMerkleFrontier();
  const at = { frontierHead: JOURNAL_GENESIS_HASH };
  const latest = await ctx.store.latestCheckpoint();
  ctx.lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
  if (latest !== undefined) {
    const resumed = await resumeFrontier(latest, ctx.keys, ctx.origin);
    if (resumed !== undefined) {
      f = resumed.frontier;
      at.frontierHead = resumed.head;
    }
  }
  for (;;) {
    const batch = await ctx.store.read(f.size, READ_BATCH);
    takeIntoFrontier(f, at, batch, 'the sequencer stops');
    if (batch.length < READ_BATCH) break;
  }
  ctx.frontier = f;
  ctx.frontierHead = at.frontierHead;
  return f;
}

/** Whether a chain of `size` entries is due a checkpoint now. */
export function sequencerCheckpointDue(ctx: SequencerContext, size: number): boolean {
  return isCheckpointDue(ctx.policy, size, ctx.lastCheckpoint, () => ctx.clock.now());
}

/**
 * Signs and stores a checkpoint of the frontier; a conflict (a direct appender signed first)
 * re-reads the latest, any other failure goes to `onError`.
 */
export async function signSequencerCheckpoint(
  ctx: SequencerContext,
  f: MerkleFrontier,
): Promise<void> {
  try {
    const key = ctx.keys.currentSigningKey();
    const body = {
      origin: ctx.origin,
      size: f.size,
      root: f.root(),
      head: ctx.frontierHead,
      ts: ctx.clock.now(),
    };
    const jws = await signCheckpoint(body, key);
    await ctx.store.putCheckpoint({
      size: body.size,
      root: body.root,
      head: body.head,
      ts: body.ts,
      kid: key.kid,
      jws,
      frontier: f.hashes(),
    });
    ctx.lastCheckpoint = { size: body.size, ts: body.ts };
  } catch (error) {
    if (isCode(error, 'ERR_CONFLICT')) {
      // Another signer (a direct appender) got there first.
      const latest = await ctx.store.latestCheckpoint();
      ctx.lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
      return;
    }
    ctx.onError(error);
  }
}
