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
 * normalized value)`), a masked form for display, and when it was confirmed.
 */
export interface StoredContact {
  /** The phone (E.164) or e-mail, encrypted. */
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
  /** Which contact changes. */
  readonly channel: 'phone' | 'email';
  /** The new value, encrypted. */
  readonly value: EncryptedText;
  /** The new value's blind index. */
  readonly blindIndex: string;
  /** The new value, masked. */
  readonly masked: string;
  /** The one-time-code challenge sent to the new value. */
  readonly challengeId: string;
  /** When set, the change restores the contact version journaled at this `seq` (CONTACT-5). */
  readonly restoresSeq?: number;
  /** Epoch ms of the request. */
  readonly requestedAt: number;
}

/** An identity document bound to the profile; its data (number, dates) is encrypted. */
export interface StoredDocument {
  /** The document's id (`doc_…`). */
  readonly id: string;
  /** Which document it is. */
  readonly kind: DocumentKind;
  /** JSON of the document's fields, encrypted. */
  readonly data: EncryptedText;
  /** The number masked for display, e.g. `******3456`. */
  readonly masked: string;
  /** ISO `YYYY-MM-DD`; drives expiry checks without decrypting. */
  readonly expiresOn?: string;
  /** Ids of the uploaded scans in the blob store. */
  readonly fileIds: readonly string[];
  /** Epoch ms it was bound to the profile. */
  readonly boundAt: number;
  /**
   * The blind index of kind + issuing country + number: the account's unique key for the
   * document (`document:<index>`), so one document belongs to at most one account (one
   * person, one account). Absent on documents bound before it existed, until re-keyed.
   */
  readonly blindIndex?: string;
}

/** The password and the hashes of recent ones (OTP-4: no reuse). */
export interface StoredPassword {
  /** A self-describing hash string from the `PasswordHasher`. */
  readonly hash: string;
  /** Epoch ms of the last change. */
  readonly changedAt: number;
  /** Hashes of earlier passwords, newest first, bounded by policy. */
  readonly previous: readonly string[];
}

/** An authenticator-app (TOTP) enrolment. */
export interface StoredTotp {
  /** The base32 secret, encrypted. */
  readonly secret: EncryptedText;
  /** Epoch ms the enrolment started. */
  readonly createdAt: number;
  /** Absent while the enrolment waits for its first code. */
  readonly enabledAt?: number;
}

/**
 * Second-factor settings (OTP-6). Replay state of TOTP codes and the backup-code hashes live
 * in `@kabinet/otp`'s own stores.
 */
export interface StoredSecondFactor {
  /** The preferred second factor. */
  readonly method: SecondFactorMethod;
  /** The authenticator-app enrolment, when there is one. */
  readonly totp?: StoredTotp;
}

/** A messenger id (CONTACT-4). */
export interface StoredMessenger {
  /** Which messenger. */
  readonly kind: 'telegram' | 'viber' | 'whatsapp';
  /** The id (Telegram `@name` or a phone), encrypted. */
  readonly value: EncryptedText;
  /** The id, masked. */
  readonly masked: string;
}

/** A trusted person's phone (CONTACT-4). */
export interface StoredTrustedPhone {
  /** The phone, encrypted. */
  readonly value: EncryptedText;
  /** The phone, masked. */
  readonly masked: string;
}

/** The optional channels of CONTACT-4. */
export interface StoredExtraChannels {
  /** Messenger ids, at most one per messenger. */
  readonly messengers: readonly StoredMessenger[];
  /** A trusted person's phone. */
  readonly trustedPhone?: StoredTrustedPhone;
}

/** An access-recovery token support issued (ACC-9). */
export interface StoredRecovery {
  /** SHA-256 of the token's secret. */
  readonly tokenHash: string;
  /** Epoch ms after which the token no longer works. */
  readonly expiresAt: number;
  /** The operator who started the recovery. */
  readonly operatorId: string;
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
  /** Foreign citizen or residence-permit holder (ACC-1). */
  readonly userType: UserType;
  /** Where the account is in its life. */
  readonly lifecycle: AccountLifecycle;
  /** The level (ACC-2). */
  readonly level: AccountLevel;
  /** Epoch ms of creation. */
  readonly createdAt: number;
  /** Epoch ms of the last change. */
  readonly updatedAt: number;
  /** Names, birth date, citizenship and address as encrypted JSON. */
  readonly personal: EncryptedText;
  /** The phone: codes, notices, login. */
  readonly phone: StoredContact;
  /** The e-mail: codes, notices, login. */
  readonly email: StoredContact;
  /** Messengers and a trusted person's phone. */
  readonly extra: StoredExtraChannels;
  /** Contact changes waiting for their codes. */
  readonly pendingContactChanges: readonly PendingContactChange[];
  /** Identity documents bound to the profile, one per kind. */
  readonly documents: readonly StoredDocument[];
  /** The password hash and recent ones. */
  readonly password: StoredPassword;
  /** Second-factor settings. */
  readonly secondFactor: StoredSecondFactor;
  /** Identity checks (documents check and confirmation methods), newest last. */
  readonly identityChecks: readonly IdentityConfirmationRecord[];
  /** Live session ids (pruned when sessions end). */
  readonly sessionIds: readonly string[];
  /** Blind indexes of the IP addresses the holder blocked from logging in (ACC-11). */
  readonly blockedIps: readonly string[];
  /** The accepted terms version. */
  readonly termsVersion: string;
  /** Epoch ms the terms were accepted. */
  readonly termsAcceptedAt: number;
  /** Epoch ms of the last successful login. */
  readonly lastLoginAt?: number;
  /** Why support blocked the account, when it did. */
  readonly blockReason?: string;
  /** An access recovery in progress (ACC-9). */
  readonly recovery?: StoredRecovery;
}
