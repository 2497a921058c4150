import type { StoreRecord } from '../store/versioned-store.js';
import type {
  AccountLevel,
  AccountLifecycle,
  DocumentKind,
  EncryptedText,
  SecondFactorMethod,
  UserType,
} from './account-types.js';
import type { IdentityConfirmationRecord } from './identity-confirmation-record.js';

/**
 * A contact as stored: ciphertext, a blind index for look-ups (`HMAC(blind-index key,
 * normalised value)`), a masked form for display, and when it was confirmed.
 */
export interface StoredContact {
  readonly value: EncryptedText;
  /** `<kid>:<hex HMAC>`; also the store's unique key (`phone:<blind index>`). */
  readonly blindIndex: string;
  /** e.g. `+7916*****67`, `i***@mail.ru`. */
  readonly masked: string;
  /** Epoch ms; absent until the code sent to it was entered. */
  readonly confirmedAt?: number;
}

/** A contact change waiting for the code sent to the new value (CONTACT-5). */
export interface PendingContactChange {
  readonly channel: 'phone' | 'email';
  readonly value: EncryptedText;
  readonly blindIndex: string;
  readonly masked: string;
  /** The one-time-code challenge sent to the new value. */
  readonly challengeId: string;
  /** When set, the change restores the contact version journaled at this `seq` (CONTACT-5). */
  readonly restoresSeq?: number;
  readonly requestedAt: number;
}

/** An identity document bound to the profile; its data (number, dates) is encrypted. */
export interface StoredDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  /** JSON of the document's fields, encrypted. */
  readonly data: EncryptedText;
  /** The number masked for display, e.g. `******3456`. */
  readonly masked: string;
  /** ISO `YYYY-MM-DD`; drives expiry checks without decrypting. */
  readonly expiresOn?: string;
  /** Ids of the uploaded scans in the blob store. */
  readonly fileIds: readonly string[];
  readonly boundAt: number;
}

/** The password and the hashes of recent ones (OTP-4: no reuse). */
export interface StoredPassword {
  /** A self-describing hash string from the `PasswordHasher`. */
  readonly hash: string;
  readonly changedAt: number;
  /** Hashes of earlier passwords, newest first, bounded by policy. */
  readonly previous: readonly string[];
}

/** An authenticator-app (TOTP) enrolment. */
export interface StoredTotp {
  /** The base32 secret, encrypted. */
  readonly secret: EncryptedText;
  readonly createdAt: number;
  /** Absent while the enrolment waits for its first code. */
  readonly enabledAt?: number;
}

/**
 * Second-factor settings (OTP-6). Replay state of TOTP codes and the backup-code hashes live
 * in `@kabinet/otp`'s own stores.
 */
export interface StoredSecondFactor {
  readonly method: SecondFactorMethod;
  readonly totp?: StoredTotp;
}

/** The optional channels of CONTACT-4. */
export interface StoredExtraChannels {
  readonly messengers: readonly { readonly kind: 'telegram' | 'viber' | 'whatsapp'; readonly value: EncryptedText; readonly masked: string }[];
  readonly trustedPhone?: { readonly value: EncryptedText; readonly masked: string };
}

/**
 * The account aggregate: one record, one version, so every use case changes it in one
 * atomic versioned write (S-15). Personal data is only held encrypted (ACC-10, S-12). The
 * history of contacts and logins lives in the journal (`@kabinet/audit`), not here.
 *
 * @example
 * ```ts
 * const account = await accounts.get('acc_01…');
 * if (account?.lifecycle === 'active' && account.level === 'confirmed') allowPayments();
 * ```
 */
export interface AccountRecord extends StoreRecord {
  readonly userType: UserType;
  readonly lifecycle: AccountLifecycle;
  readonly level: AccountLevel;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Names, birth date, citizenship and address as encrypted JSON. */
  readonly personal: EncryptedText;
  readonly phone: StoredContact;
  readonly email: StoredContact;
  readonly extra: StoredExtraChannels;
  readonly pendingContactChanges: readonly PendingContactChange[];
  readonly documents: readonly StoredDocument[];
  readonly password: StoredPassword;
  readonly secondFactor: StoredSecondFactor;
  /** Identity checks (documents check and confirmation methods), newest last. */
  readonly identityChecks: readonly IdentityConfirmationRecord[];
  /** Live session ids (pruned when sessions end). */
  readonly sessionIds: readonly string[];
  /** Blind indexes of the IP addresses the holder blocked from logging in (ACC-11). */
  readonly blockedIps: readonly string[];
  readonly termsVersion: string;
  readonly termsAcceptedAt: number;
  readonly lastLoginAt?: number;
  /** Why support blocked the account, when it did. */
  readonly blockReason?: string;
  /** An access-recovery token support issued (ACC-9): its hash, expiry and the operator. */
  readonly recovery?: { readonly tokenHash: string; readonly expiresAt: number; readonly operatorId: string };
}
