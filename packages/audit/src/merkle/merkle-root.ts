import { createMerkleFrontier } from './create-merkle-frontier.js';

/**
 * The RFC 9162 Merkle tree hash (MTH) of a list of leaf hashes.
 *
 * @param leafHashes - hex leaf hashes in order (e.g. the journal entries' `hash`)
 * @returns the hex root; SHA-256 of "" for an empty list
 * @example
 * ```ts
 * merkleRoot(['0', '1', '2'].map((d) => merkleLeafHash(d))); // '725d5230…1327'
 * ```
 */
export function merkleRoot(leafHashes: readonly string[]): string {
  const frontier = createMerkleFrontier();
  for (const leaf of leafHashes) frontier.append(leaf);
  return frontier.root();
}
