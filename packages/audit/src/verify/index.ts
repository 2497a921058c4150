/**
 * Whole-chain verification against signed checkpoints.
 *
 * @module @kabinet/audit/verify
 */
export {
  verifyChain,
  type ChainReport,
  type ChainIssueCode,
  type ReadEntries,
  type VerifyChainOptions,
} from './verify-chain.js';
