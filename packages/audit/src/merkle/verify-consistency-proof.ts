import { isSha256Hex } from '@kabinet/ports';
import { nodeHash } from '../_lib/sha256.js';

/** What {@link verifyConsistencyProof} checks. */
export interface ConsistencyProofInput {
  /** The older tree's size. */
  readonly size1: number;
  /** The newer tree's size. */
  readonly size2: number;
  /** The older tree's trusted hex root. */
  readonly root1: string;
  /** The newer tree's hex root. */
  readonly root2: string;
  /** The proof, as {@link buildConsistencyProof} returns it. */
  readonly proof: readonly string[];
}

function isPowerOfTwo(n: number): boolean {
  let v = n;
  while (v > 1 && v % 2 === 0) v /= 2;
  return v === 1;
}

/**
 * Verifies an RFC 9162 consistency proof (§2.1.4.2): the tree of `size2` with root `root2`
 * is an append-only extension of the tree of `size1` with root `root1`. Rejects
 * `size1 > size2`, over-long and truncated proofs (the second size must be consumed exactly,
 * the pitfall of `hash-tree` 0.1.1), a non-empty proof for equal sizes and malformed hashes.
 *
 * @param input - both sizes and roots, and the proof
 * @returns `true` only when the proof is exactly right
 * @example
 * ```ts
 * const p = await journal.proveConsistency(old.size);
 * verifyConsistencyProof({ size1: old.size, size2: p.size2, root1: old.root, root2: latest.root, proof: p.proof });
 * ```
 */
export function verifyConsistencyProof(input: ConsistencyProofInput): boolean {
  const { size1, size2, root1, root2, proof } = input;
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2)
    return false;
  if (!isSha256Hex(root1) || !isSha256Hex(root2) || !proof.every(isSha256Hex)) return false;
  if (size1 === size2) return proof.length === 0 && root1 === root2;
  // Every tree extends the empty tree; the empty proof is the only proof of it.
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = (fn - 1) / 2;
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = fn / 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr === root1 && sr === root2;
}
