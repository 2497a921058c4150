import { nodeHashCompact, toHex } from './sha256.js';

/** The largest power of two strictly smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

// Inner nodes stay raw (32 latin1 characters) through the recursion: no hex round trip per node.
function compactSubtree(leaves: readonly string[], lo: number, hi: number): string {
  if (hi - lo === 1) return leaves[lo]!;
  const k = splitPoint(hi - lo);
  return nodeHashCompact(compactSubtree(leaves, lo, lo + k), compactSubtree(leaves, lo + k, hi));
}

/** MTH of leaves[lo, hi) (hi > lo), recursively as RFC 9162 §2.1.1 defines it; hex. */
export function subtreeHash(leaves: readonly string[], lo: number, hi: number): string {
  return toHex(compactSubtree(leaves, lo, hi));
}
