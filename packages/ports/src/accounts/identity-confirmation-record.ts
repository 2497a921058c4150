import type { EncryptedText, IdentityCheckKind, IdentityCheckState } from './account-types.js';
import type { RegistryDefect } from './identity-registry.js';

/** One registry look-up and its outcome, kept for support (ACC-9). */
export interface RegistryCheckEntry {
  /** Epoch ms of the look-up. */
  readonly at: number;
  /** What the registry answered (`delayed` also when the daily limit was spent, OTP-7). */
  readonly status: 'confirmed' | 'mismatch' | 'delayed';
  /** The defects of a mismatch. */
  readonly defects?: readonly RegistryDefect[];
  /** The registry's reference of a confirmation. */
  readonly reference?: string;
}

/**
 * One identity check: the documents check (standard level) or one confirmation method
 * (confirmed level), with its state, evidence, registry outcomes, defects and the 48-hour
 * clarification deadline (ACC-5). Held inside the {@link AccountRecord} so a step changes
 * the check and the account in one atomic write.
 *
 * @example
 * ```ts
 * const open = account.identityChecks.find((c) => c.state === 'clarification_requested');
 * if (open && open.deadline! < now) console.log('restricted');
 * ```
 */
export interface IdentityConfirmationRecord {
  /** The check's id (`chk_…`). */
  readonly id: string;
  /** The documents check or a confirmation method. */
  readonly kind: IdentityCheckKind;
  /** Where the check is in its machine. */
  readonly state: IdentityCheckState;
  /** Epoch ms the check started. */
  readonly createdAt: number;
  /** Epoch ms of its last change. */
  readonly updatedAt: number;
  /** The evidence as encrypted JSON (files are blob ids). */
  readonly evidence: EncryptedText;
  /** Non-personal facts about the evidence for support (e.g. `{ files: 3, bank: 'sber' }`). */
  readonly summary: Readonly<Record<string, string | number | boolean>>;
  /** Every registry look-up of this check, oldest first. */
  readonly registryChecks: readonly RegistryCheckEntry[];
  /** The defects of the open clarification request. */
  readonly defects: readonly RegistryDefect[];
  /** Epoch ms by which the clarification must be answered. */
  readonly deadline?: number;
  /** Epoch ms after which a delayed registry check is retried. */
  readonly retryAt?: number;
  /** HMAC of a code the holder must enter (registered mail) or of an activation token (in person). */
  readonly secretHash?: string;
  /** Epoch ms after which that code or token no longer works. */
  readonly secretExpiresAt?: number;
  /** The one-time-code challenge of the SMS method. */
  readonly challengeId?: string;
  /** Registered mail: the postal tracking number. */
  readonly trackingNumber?: string;
  /** Video / in person: the operator who verified. */
  readonly operatorId?: string;
  /** Video: the booked slot, epoch ms. */
  readonly appointmentAt?: number;
}
