import { nodeHash } from './sha256.js';

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH of leaves[lo, hi) (hi > lo), recursively as RFC 9162 §2.1.1 defines it. */
export function subtreeHash(leaves: readonly string[], lo: number, hi: number): string {
  if (hi - lo === 1) return leaves[lo]!;
  const k = splitPoint(hi - lo);
  return nodeHash(subtreeHash(leaves, lo, lo + k), subtreeHash(leaves, lo + k, hi));
}
