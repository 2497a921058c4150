/**
 * RFC 9162 Merkle trees over journal entries: leaf and root hashes, an incremental frontier,
 * inclusion and consistency proofs and their verifiers.
 *
 * @module @kabinet/audit/merkle
 */
export { merkleLeafHash } from './merkle-leaf-hash.js';
export { merkleRoot } from './merkle-root.js';
export { createMerkleFrontier, type MerkleFrontier } from './create-merkle-frontier.js';
export { buildInclusionProof } from './build-inclusion-proof.js';
export { buildConsistencyProof } from './build-consistency-proof.js';
export { verifyInclusionProof, type InclusionProofInput } from './verify-inclusion-proof.js';
export { verifyConsistencyProof, type ConsistencyProofInput } from './verify-consistency-proof.js';
