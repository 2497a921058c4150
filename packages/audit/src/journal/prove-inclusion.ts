import { KabinetError } from '@kabinet/core';
import { inclusionRanges } from '../_lib/proof-ranges.js';
import { chainSize, type JournalContext } from './_lib/journal-context.js';
import { checkTreeSize } from './_lib/proof-tree.js';
import type { InclusionProof } from './journal-types.js';

/**
 * An RFC 9162 inclusion proof of entry `seq` in the tree of the first `size` entries (default:
 * the whole chain).
 *
 * @param ctx - the journal's context
 * @param seq - the entry
 * @param size - the tree size (default the chain's)
 * @returns the proof, with the leaf hash and the root it leads to
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `size` or `seq` is outside the chain
 * @example
 * ```ts
 * const proof = await proveInclusion(ctx, 41);
 * ```
 */
export async function proveInclusion(
  ctx: JournalContext,
  seq: number,
  size?: number,
): Promise<InclusionProof> {
  const n = checkTreeSize(size, 1, await chainSize(ctx), 'inclusion proof');
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= n) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', `entry ${seq} is not in a tree of ${n}`, {
      details: { seq, size: n },
    });
  }
  const [leafHash] = await ctx.proofs.leafHashes(seq, seq + 1);
  return {
    seq,
    size: n,
    leafHash: leafHash!,
    proof: await ctx.proofs.subtreeHashes(inclusionRanges(n, seq)),
    root: await ctx.proofs.root(n),
  };
}
