import type { EncryptedText, IdentityCheckKind, IdentityCheckState } from './account-types.js';
import type { RegistryDefect } from './identity-registry.js';

/** One registry look-up and its outcome, kept for support (ACC-9). */
export interface RegistryCheckEntry {
  readonly at: number;
  readonly status: 'confirmed' | 'mismatch' | 'delayed';
  readonly defects?: readonly RegistryDefect[];
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
  readonly id: string;
  readonly kind: IdentityCheckKind;
  readonly state: IdentityCheckState;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The evidence as encrypted JSON (files are blob ids). */
  readonly evidence: EncryptedText;
  /** Non-personal facts about the evidence for support (e.g. `{ files: 3, bank: 'sber' }`). */
  readonly summary: Readonly<Record<string, string | number | boolean>>;
  readonly registryChecks: readonly RegistryCheckEntry[];
  /** The defects of the open clarification request. */
  readonly defects: readonly RegistryDefect[];
  /** Epoch ms by which the clarification must be answered. */
  readonly deadline?: number;
  /** Epoch ms after which a delayed registry check is retried. */
  readonly retryAt?: number;
  /** HMAC of a code the holder must enter (registered mail) or of an activation token (in person). */
  readonly secretHash?: string;
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
