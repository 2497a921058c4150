// Subtree hashes for proofs without re-reading the whole chain: the hash of every complete
// (perfect, aligned) subtree of at least 2^level leaves is kept once computed — the journal is
// append-only, so such a subtree never changes — and smaller ones are computed from one range
// read of their leaves. A proof then costs O(log n) cached hashes plus at most a few ranges of
// fewer than 2^level leaves; only the first proof over a new region reads it whole.
import { nodeHash } from './sha256.js';
import { splitPoint, subtreeHash } from './subtree.js';

/** Reads the hex leaf hashes of entries [lo, hi), in order. */
export type ReadLeafHashes = (lo: number, hi: number) => Promise<readonly string[]>;

/** MTH of leaves [lo, hi) backed by a cache of complete subtrees. */
export interface SubtreeCache {
  /** The RFC 9162 hash of leaves [lo, hi) (hi > lo, hi within the chain). */
  hash(lo: number, hi: number): Promise<string>;
  /** How many subtree hashes are cached (at most 2n / 2^level for n entries). */
  readonly size: number;
}

/** A {@link SubtreeCache} over `read`, caching complete subtrees of 2^`level` leaves and more. */
export function createSubtreeCache(read: ReadLeafHashes, level = 10): SubtreeCache {
  const smallest = 2 ** level;
  const cached = new Map<string, string>();

  async function fromLeaves(lo: number, hi: number): Promise<string> {
    const leaves = await read(lo, hi);
    if (leaves.length !== hi - lo) throw new RangeError(`leaves ${lo}…${hi} are not all stored`);
    return subtreeHash(leaves, 0, leaves.length);
  }

  async function hash(lo: number, hi: number): Promise<string> {
    const n = hi - lo;
    if (n < smallest) return fromLeaves(lo, hi);
    const complete = (n & (n - 1)) === 0 && lo % n === 0;
    const key = complete ? `${n}:${lo}` : '';
    if (complete) {
      const hit = cached.get(key);
      if (hit !== undefined) return hit;
    }
    let value: string;
    if (complete && n === smallest) value = await fromLeaves(lo, hi);
    else {
      const k = complete ? n / 2 : splitPoint(n);
      value = nodeHash(await hash(lo, lo + k), await hash(lo + k, hi));
    }
    if (complete) cached.set(key, value);
    return value;
  }

  return {
    hash,
    get size() {
      return cached.size;
    },
  };
}
