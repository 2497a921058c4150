import type { StoreRecord } from '../store/versioned-store.js';
import type { StoredContact, StoredDocument } from './account-record.js';
import type { EncryptedText, UserType } from './account-types.js';

/** A contact in a draft, with the challenge that was sent to it. */
export interface DraftContact extends StoredContact {
  readonly challengeId?: string;
}

/**
 * A registration in progress (ACC-3, ACC-4). It lives until `expiresAt`, survives a lost
 * session and is resumed with its resume token; personal data in it is encrypted like in
 * an account.
 *
 * @example
 * ```ts
 * const draft = await drafts.get(draftId);
 * if (draft?.phone?.confirmedAt && draft.email?.confirmedAt) console.log('contacts confirmed');
 * ```
 */
export interface DraftRecord extends StoreRecord {
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expiresAt: number;
  /** HMAC of the resume token (the token itself is only given to the registrant). */
  readonly resumeTokenHash: string;
  /** The draft's current session; one-time codes are bound to it (OTP-2), resume rotates it. */
  readonly sessionId: string;
  readonly userType?: UserType;
  readonly personal?: EncryptedText;
  readonly documents: readonly StoredDocument[];
  readonly phone?: DraftContact;
  readonly email?: DraftContact;
  readonly passwordHash?: string;
  readonly termsVersion?: string;
  readonly termsAcceptedAt?: number;
  /** Set once the account is created; the draft then only finishes contact confirmation. */
  readonly accountId?: string;
}
