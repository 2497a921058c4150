import { KabinetError } from '@kabinet/core';
import { splitPoint, subtreeHash } from '../_lib/subtree.js';

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
    throw new KabinetError('ERR_INVALID_ARGUMENT', `leaf ${index} is not in a tree of ${leafHashes.length}`, {
      details: { index, size: leafHashes.length },
    });
  }
  const path: string[] = [];
  let lo = 0;
  let hi = leafHashes.length;
  let m = index;
  const siblings: string[] = [];
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (m < k) {
      siblings.push(subtreeHash(leafHashes, lo + k, hi));
      hi = lo + k;
    } else {
      siblings.push(subtreeHash(leafHashes, lo, lo + k));
      lo += k;
      m -= k;
    }
  }
  // Collected root side first; the proof lists the leaf side first.
  for (let i = siblings.length - 1; i >= 0; i--) path.push(siblings[i]!);
  return path;
}
