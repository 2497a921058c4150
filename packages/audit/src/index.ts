/**
 * The append-only, tamper-evident activity journal (AUD-1, S-14): canonical JSON entries,
 * a hash chain that is also an RFC 9162 Merkle tree, signed checkpoints (JWS via jose),
 * whole-chain verification and proofs, personal data kept as salted commitments with the
 * payload encrypted per subject beside the chain (erasable by crypto-shredding, S-12), and
 * history folds (contact versions, login log).
 *
 * @example
 * ```ts
 * import { createJournal } from '@kabinet/audit';
 * const journal = createJournal({ store, keys, clock });
 * await journal.append({ actor, action: 'account.login.succeeded', subject: actor, payload: { ip: '203.0.113.5' } });
 * ```
 *
 * @module @kabinet/audit
 */
export * from './entry/index.js';
export * from './merkle/index.js';
export * from './checkpoint/index.js';
export * from './verify/index.js';
export * from './actions/index.js';
export * from './history/index.js';
export * from './journal/index.js';
export * from './messages/index.js';
export * from './sequencer/index.js';
export * from './units/index.js';
