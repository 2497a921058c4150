import { KabinetError } from '@kabinet/core';
import type { JournalStore } from '@kabinet/ports';
import type { LeafRange } from '../../_lib/proof-ranges.js';
import { EMPTY_TREE_HASH } from '../../_lib/sha256.js';
import { createSubtreeCache } from '../../_lib/subtree-cache.js';

/** The chain as a Merkle tree, for proofs. */
export interface ProofTree {
  /** The leaf hashes of entries `lo` to `hi - 1`. */
  leafHashes(lo: number, hi: number): Promise<string[]>;
  /** The root of the tree of the first `size` entries. */
  root(size: number): Promise<string>;
  /** The hash of each range's subtree, in order. */
  subtreeHashes(ranges: readonly LeafRange[]): Promise<string[]>;
}

/**
 * The proof tree of a store's chain. Proofs take their subtree hashes from here: complete
 * subtrees of 256 leaves and more are hashed once per journal instance (entries never change),
 * so a warm proof reads O(log n) cached hashes and fewer than 512 leaves instead of the whole
 * chain. The cache holds at most 2n / 256 hashes (about 12 MB for ten million entries).
 */
export function createProofTree(store: JournalStore, readBatch: number): ProofTree {
  async function leafHashes(lo: number, hi: number): Promise<string[]> {
    const leaves: string[] = [];
    while (lo + leaves.length < hi) {
      const batch = await store.read(
        lo + leaves.length,
        Math.min(readBatch, hi - lo - leaves.length),
      );
      if (batch.length === 0) break;
      for (const e of batch) leaves.push(e.hash);
    }
    return leaves;
  }
  const subtrees = createSubtreeCache(leafHashes, 8);
  return {
    leafHashes,
    root: (size) => (size === 0 ? Promise.resolve(EMPTY_TREE_HASH) : subtrees.hash(0, size)),
    async subtreeHashes(ranges) {
      const out: string[] = [];
      for (const [lo, hi] of ranges) out.push(await subtrees.hash(lo, hi));
      return out;
    },
  };
}

/**
 * `size`, or the chain's size when omitted, checked to lie in `min`…chain size.
 *
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when it does not
 */
export function checkTreeSize(
  size: number | undefined,
  min: number,
  total: number,
  what: string,
): number {
  const n = size ?? total;
  if (!Number.isSafeInteger(n) || n < min || n > total) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', `${what}: size ${n} is outside 1…${total}`, {
      details: { size: n, chainSize: total },
    });
  }
  return n;
}
