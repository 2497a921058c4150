import { subtreeHash } from '../_lib/subtree.js';
import { consistencyRanges } from '../_lib/proof-ranges.js';

/**
 * The RFC 9162 consistency proof PROOF(m, D[n]) that the tree of the first `size1` leaves is
 * a prefix of the tree of all given leaves (n = their number).
 *
 * @param leafHashes - the larger tree's hex leaf hashes
 * @param size1 - the smaller tree's size, `0 ≤ size1 ≤ n`
 * @returns the proof (empty when `size1` is 0 or n)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `size1` is out of range
 * @example
 * ```ts
 * const proof = buildConsistencyProof(leaves, 3);
 * verifyConsistencyProof({ size1: 3, size2: leaves.length, root1, root2, proof }); // true
 * ```
 */
export function buildConsistencyProof(leafHashes: readonly string[], size1: number): string[] {
  return consistencyRanges(leafHashes.length, size1).map(([lo, hi]) =>
    subtreeHash(leafHashes, lo, hi),
  );
}
