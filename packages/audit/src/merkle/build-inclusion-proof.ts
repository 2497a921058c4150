import { KabinetError } from '@kabinet/core';
import { subtreeHash } from '../_lib/subtree.js';
import { inclusionRanges } from '../_lib/proof-ranges.js';

/**
 * The RFC 9162 inclusion proof PATH(m, D[n]) of leaf `index` in the tree of all given
 * leaves: the sibling subtree hashes from the leaf up to the root.
 *
 * @param leafHashes - the tree's hex leaf hashes (its size is their number)
 * @param index - the leaf's index (the entry's `seq`)
 * @returns the audit path, leaf side first
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `index` is not a leaf of the tree
 * @example
 * ```ts
 * const proof = buildInclusionProof(leaves, 5);
 * verifyInclusionProof({ leafHash: leaves[5]!, index: 5, size: leaves.length, proof, root: merkleRoot(leaves) }); // true
 * ```
 */
export function buildInclusionProof(leafHashes: readonly string[], index: number): string[] {
  if (!Number.isSafeInteger(index) || index < 0 || index >= leafHashes.length) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `leaf ${index} is not in a tree of ${leafHashes.length}`,
      {
        details: { index, size: leafHashes.length },
      },
    );
  }
  return inclusionRanges(leafHashes.length, index).map(([lo, hi]) =>
    subtreeHash(leafHashes, lo, hi),
  );
}
