import { isSha256Hex } from '@kabinet/ports';
import { KabinetError } from '@kabinet/core';
import { EMPTY_TREE_HASH, nodeHashCompact, toHex } from '../_lib/sha256.js';

/**
 * The compact range of an RFC 9162 tree: the roots of its perfect subtrees, largest first
 * (one per set bit of the size). Appending a leaf costs one hash plus one per merge (one on
 * average), so a writer keeps the tree root up to date without storing the tree.
 */
export interface MerkleFrontier {
  /** Number of leaves appended. */
  readonly size: number;
  /**
   * Appends a leaf hash (64 hex characters).
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when it is not 64 characters long
   */
  append(leafHash: string): void;
  /** The hex root of the tree of `size` leaves (SHA-256 of "" when empty). */
  root(): string;
  /** A copy of the subtree roots, largest first (what a stored checkpoint's `frontier` holds). */
  hashes(): string[];
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n; v > 0; v = Math.floor(v / 2)) count += v % 2;
  return count;
}

/**
 * Creates a Merkle frontier, empty or resumed from a stored compact range.
 *
 * @param from - a tree size and its subtree roots (largest first) to resume from
 * @returns the frontier
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `hashes` does not have one hex hash per set
 *   bit of `size`
 * @example
 * ```ts
 * const frontier = createMerkleFrontier();
 * for (const entry of entries) frontier.append(entry.hash);
 * frontier.root(); // equals merkleRoot(entries.map((e) => e.hash))
 * ```
 */
export function createMerkleFrontier(from?: {
  readonly size: number;
  readonly hashes: readonly string[];
}): MerkleFrontier {
  let size = from?.size ?? 0;
  const stack: string[] = [...(from?.hashes ?? [])];
  if (
    !Number.isSafeInteger(size) ||
    size < 0 ||
    stack.length !== popcount(size) ||
    !stack.every(isSha256Hex)
  ) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'a Merkle frontier needs one hex subtree root per set bit of its size',
      {
        details: { size, hashes: stack.length },
      },
    );
  }
  return {
    get size() {
      return size;
    },
    append(leafHash) {
      if (typeof leafHash !== 'string' || leafHash.length !== 64) {
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'a Merkle leaf hash is 64 hex characters', {
          details: { size },
        });
      }
      let hash = leafHash;
      // Each trailing 1-bit of the old size is a perfect subtree of the new leaf's height: merge.
      // Inner nodes stay raw (latin1) until root() or hashes() asks for hex.
      for (let s = size; s % 2 === 1; s = (s - 1) / 2) hash = nodeHashCompact(stack.pop()!, hash);
      stack.push(hash);
      size++;
    },
    root() {
      if (stack.length === 0) return EMPTY_TREE_HASH;
      let root = stack[stack.length - 1]!;
      for (let i = stack.length - 2; i >= 0; i--) root = nodeHashCompact(stack[i]!, root);
      return toHex(root);
    },
    hashes: () => stack.map(toHex),
  };
}
