// Which subtrees an RFC 9162 proof is made of depends only on the sizes and the index, never on
// the hashes: these functions list them as leaf ranges [lo, hi), so a proof can be filled from
// an array of leaves or from a cache of subtree hashes alike.
import { KabinetError } from '@kabinet/core';
import { splitPoint } from './subtree.js';

/** A subtree as the leaf range [lo, hi). */
export type LeafRange = readonly [lo: number, hi: number];

/** The subtrees of PATH(index, D[size]) (RFC 9162 §2.1.3.1), leaf side first. */
export function inclusionRanges(size: number, index: number): LeafRange[] {
  const siblings: LeafRange[] = [];
  let lo = 0;
  let hi = size;
  let m = index;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (m < k) {
      siblings.push([lo + k, hi]);
      hi = lo + k;
    } else {
      siblings.push([lo, lo + k]);
      lo += k;
      m -= k;
    }
  }
  return siblings.reverse();
}

/**
 * The subtrees of PROOF(size1, D[size2]) (RFC 9162 §2.1.4.1), in proof order; empty when size1
 * is 0 or size2. Throws `ERR_INVALID_ARGUMENT` when size1 is not an integer in 0…size2.
 */
export function consistencyRanges(size2: number, size1: number): LeafRange[] {
  if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > size2) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `no consistency proof from ${size1} to ${size2}`,
      { details: { size1, size2 } },
    );
  }
  if (size1 === 0 || size1 === size2) return [];
  let lo = 0;
  let hi = size2;
  let m = size1;
  let complete = true;
  // SUBPROOF(m, D[lo:hi], complete), unrolled: siblings are collected root side first.
  const tail: LeafRange[] = [];
  while (m !== hi - lo) {
    const k = splitPoint(hi - lo);
    if (m <= k) {
      tail.push([lo + k, hi]);
      hi = lo + k;
    } else {
      tail.push([lo, lo + k]);
      lo += k;
      m -= k;
      complete = false;
    }
  }
  return complete ? tail.reverse() : [[lo, hi], ...tail.reverse()];
}
