import { isSha256Hex } from '@kabinet/ports';
import { nodeHash } from '../_lib/sha256.js';

/** What {@link verifyInclusionProof} checks. */
export interface InclusionProofInput {
  /** Hex leaf hash of the entry (its `hash`). */
  readonly leafHash: string;
  /** The leaf's index (the entry's `seq`). */
  readonly index: number;
  /** The tree size the proof is for. */
  readonly size: number;
  /** The audit path, leaf side first. */
  readonly proof: readonly string[];
  /** The trusted hex root of the tree of `size` (from a signed checkpoint). */
  readonly root: string;
}

/**
 * Verifies an RFC 9162 inclusion proof (§2.1.3.2): the leaf at `index` is in the tree of
 * `size` whose root is `root`. Rejects an index outside the tree, a wrong size, a proof that
 * is too short or too long, and malformed hashes.
 *
 * @param input - leaf hash, index, size, proof and trusted root
 * @returns `true` only when the proof is exactly right
 * @example
 * ```ts
 * const p = await journal.proveInclusion(5);
 * verifyInclusionProof({ leafHash: entry.hash, index: 5, size: p.size, proof: p.proof, root: checkpoint.root });
 * ```
 */
export function verifyInclusionProof(input: InclusionProofInput): boolean {
  const { leafHash, index, size, proof, root } = input;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return false;
  if (!isSha256Hex(leafHash) || !isSha256Hex(root) || !proof.every(isSha256Hex)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r === root;
}
