import type { VerifiedCheckpoint } from '../checkpoint/checkpoint-body.js';
import { verifyCheckpoint } from '../checkpoint/verify-checkpoint.js';
import { verifyChain } from '../verify/verify-chain.js';
import { collectCheckpoints, type CollectedCheckpoints } from './_lib/collect-checkpoints.js';
import { READ_BATCH, type JournalContext } from './_lib/journal-context.js';
import type { JournalVerification, JournalVerifyOptions, PayloadSummary } from './journal-types.js';
import { openPayload } from './open-payload.js';

/**
 * Walks the whole chain against the stored checkpoints and, when given, a trusted checkpoint
 * held outside the database (AUD-1); with `payloads: true` also opens every payload.
 *
 * @param ctx - the journal's context
 * @param trustedCheckpoint - a checkpoint JWS kept apart from the store
 * @param options - `payloads`, `roots`
 * @returns the chain report, the checkpoints' issues, whether the trusted checkpoint matched,
 *   and the payload summary; `ok` only when all of it holds
 * @example
 * ```ts
 * const report = await verifyJournal(ctx, trustedJws, { payloads: true });
 * ```
 */
export async function verifyJournal(
  ctx: JournalContext,
  trustedCheckpoint?: string,
  options: JournalVerifyOptions = {},
): Promise<JournalVerification> {
  const collected: CollectedCheckpoints = { checkpoints: [], issues: [] };
  let trusted: VerifiedCheckpoint | undefined;
  if (trustedCheckpoint !== undefined) {
    const r = await verifyCheckpoint(trustedCheckpoint, ctx.keys.verificationKeys(), {
      origin: ctx.origin,
    });
    if (r.success) {
      trusted = r.data;
      collected.checkpoints.push(r.data);
    } else {
      collected.issues.push(
        ...r.issues.map((i) => ({ ...i, params: { ...i.params, trusted: true } })),
      );
    }
  }
  await collectCheckpoints(ctx.store, ctx.keys, ctx.origin, collected);
  const report = await verifyChain(
    (from, limit) => ctx.store.read(from, limit),
    collected.checkpoints,
    { batchSize: READ_BATCH, roots: options.roots ?? false },
  );
  let payloads: PayloadSummary | undefined;
  if (options.payloads === true) payloads = await summarisePayloads(ctx, report.size);
  const trustedOk = trustedCheckpoint === undefined || (trusted !== undefined && report.ok);
  const okAll =
    report.ok && collected.issues.length === 0 && trustedOk && payloads?.firstBadSeq === undefined;
  return {
    ...report,
    ok: okAll,
    checkpointIssues: collected.issues,
    ...(trusted === undefined
      ? {}
      : {
          trusted: {
            size: trusted.size,
            matched:
              report.signedSize >= trusted.size &&
              (report.ok || (report.firstBadSeq ?? 0) >= trusted.size),
          },
        }),
    ...(payloads === undefined ? {} : { payloads }),
  };
}

/** Opens the payload of every entry below `size` and counts each outcome; notes the first bad one. */
async function summarisePayloads(ctx: JournalContext, size: number): Promise<PayloadSummary> {
  const counts = { present: 0, erased: 0, missing: 0, unreadable: 0, mismatch: 0 };
  let firstBadSeq: number | undefined;
  for (let from = 0; from < size; from += READ_BATCH) {
    for (const entry of await ctx.store.read(from, READ_BATCH)) {
      if (entry.payloadCommitment === null) continue;
      const view = await openPayload(ctx, entry);
      if (view.status === 'none') continue;
      counts[view.status]++;
      if (firstBadSeq === undefined && view.status !== 'present' && view.status !== 'erased')
        firstBadSeq = entry.seq;
    }
  }
  return firstBadSeq === undefined ? counts : { ...counts, firstBadSeq };
}
