import type { KeyObject } from 'node:crypto';

/** An asymmetric signing key with its id (EdDSA Ed25519 or ES256). */
export interface SigningKey {
  /** The key id put in the JWS header. */
  readonly kid: string;
  /** The JWS algorithm (pinned on verification). */
  readonly alg: 'EdDSA' | 'ES256';
  /** Signs. */
  readonly privateKey: KeyObject;
  /** Verifies. */
  readonly publicKey: KeyObject;
}

/** A 32-byte symmetric key (AES-256-GCM, HMAC-SHA-256) with its id. */
export interface SecretKey {
  /** The key id stored beside what it encrypted or MACed. */
  readonly kid: string;
  /** The 32 key bytes. */
  readonly key: Uint8Array;
}

/** The purposes symmetric keys serve; each purpose has its own keys. */
export type SecretPurpose = 'pii-encryption' | 'otp-pepper' | 'blind-index' | 'journal-payload';

/**
 * Keys come only from configuration (S-10, S-12). The current key of each kind signs or
 * encrypts; older keys, found by `kid`, still verify or decrypt, so keys rotate without
 * breaking stored data.
 *
 * @example
 * ```ts
 * const { kid, key } = keys.currentSecret('pii-encryption');
 * const old = keys.secretById('pii-encryption', storedKid);
 * const all = keys.secrets?.('blind-index') ?? [keys.currentSecret('blind-index')];
 * ```
 */
export interface KeyProvider {
  /** The key that signs new tokens and checkpoints. */
  currentSigningKey(): SigningKey;
  /** Every key whose signatures are still accepted (current and retired). */
  verificationKeys(): readonly SigningKey[];
  /** The key that encrypts or MACs new data for a purpose. */
  currentSecret(purpose: SecretPurpose): SecretKey;
  /** The key with this id for a purpose, current or retired, or `undefined`. */
  secretById(purpose: SecretPurpose, kid: string): SecretKey | undefined;
  /**
   * Every key of a purpose, current first, then the retired ones still configured. Optional:
   * a keyed lookup (a blind index) needs it to find records written under a retired key
   * while they are being re-keyed; without it only the current key is tried.
   */
  secrets?(purpose: SecretPurpose): readonly SecretKey[];
}
