import { consistencyRanges } from '../_lib/proof-ranges.js';
import { chainSize, type JournalContext } from './_lib/journal-context.js';
import { checkTreeSize } from './_lib/proof-tree.js';
import type { ConsistencyProof } from './journal-types.js';

/**
 * An RFC 9162 consistency proof that the tree of `size1` entries is a prefix of the tree of
 * `size2` (default: the whole chain).
 *
 * @param ctx - the journal's context
 * @param size1 - the older tree size
 * @param size2 - the newer tree size (default the chain's)
 * @returns the proof and both roots
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `size2` is outside the chain
 * @example
 * ```ts
 * const proof = await proveConsistency(ctx, 1000);
 * ```
 */
export async function proveConsistency(
  ctx: JournalContext,
  size1: number,
  size2?: number,
): Promise<ConsistencyProof> {
  const n = checkTreeSize(size2, 0, await chainSize(ctx), 'consistency proof');
  const proof = await ctx.proofs.subtreeHashes(consistencyRanges(n, size1));
  return {
    size1,
    size2: n,
    root1: await ctx.proofs.root(size1),
    root2: await ctx.proofs.root(n),
    proof,
  };
}
