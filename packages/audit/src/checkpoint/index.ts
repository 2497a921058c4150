/**
 * Signed checkpoints (signed tree heads) as compact JWS via jose: sign and verify.
 *
 * @module @kabinet/audit/checkpoint
 */
export {
  CHECKPOINT_JWS_TYPE,
  type CheckpointBody,
  type VerifiedCheckpoint,
} from './checkpoint-body.js';
export { signCheckpoint } from './sign-checkpoint.js';
export {
  verifyCheckpoint,
  type CheckpointIssueCode,
  type VerifyCheckpointOptions,
} from './verify-checkpoint.js';
