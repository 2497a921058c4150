/**
 * The append-only, tamper-evident activity journal: hash chain, Merkle proofs, signed checkpoints.
 *
 * @module @kabinet/audit
 */
export {};
