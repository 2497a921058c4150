/**
 * Backup codes (OTP-6, S-6): at least ten per set, HMAC-then-scrypt at rest, single use,
 * regeneration invalidates the previous set.
 *
 * @module @kabinet/otp/backup-codes
 */
export {
  defaultBackupCodePolicy,
  strictBackupCodePolicy,
  type BackupCodePolicy,
} from './backup-code-policy.js';
export { defineBackupCodePolicy } from './define-backup-code-policy.js';
export {
  generateBackupCodes,
  type GenerateBackupCodesInput,
  type GeneratedBackupCodes,
} from './generate-backup-codes.js';
export { findBackupCode, type FindBackupCodeInput } from './find-backup-code.js';
export {
  createBackupCodeService,
  type BackupCodeOutcome,
  type BackupCodeService,
  type BackupCodeServiceDeps,
  type BackupCodeSet,
  type RegeneratedBackupCodes,
} from './create-backup-code-service.js';
