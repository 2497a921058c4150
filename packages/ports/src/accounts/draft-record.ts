import type { StoreRecord } from '../store/versioned-store.js';
import type { StoredContact, StoredDocument } from './account-record.js';
import type { EncryptedText, UserType } from './account-types.js';

/** A contact in a draft, with the challenge that was sent to it. */
export interface DraftContact extends StoredContact {
  /** The last one-time-code challenge sent to it. */
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
  /** Epoch ms the registration started. */
  readonly createdAt: number;
  /** Epoch ms of the last step. */
  readonly updatedAt: number;
  /** Epoch ms the draft disappears (each step extends it, ACC-4). */
  readonly expiresAt: number;
  /** HMAC of the resume token (the token itself is only given to the registrant). */
  readonly resumeTokenHash: string;
  /** The draft's current session; one-time codes are bound to it (OTP-2), resume rotates it. */
  readonly sessionId: string;
  /** The chosen user type. */
  readonly userType?: UserType;
  /** Personal data as encrypted JSON. */
  readonly personal?: EncryptedText;
  /** Documents entered so far. */
  readonly documents: readonly StoredDocument[];
  /** The phone, once given. */
  readonly phone?: DraftContact;
  /** The e-mail, once given. */
  readonly email?: DraftContact;
  /** The password's hash, once set. */
  readonly passwordHash?: string;
  /** The accepted terms version. */
  readonly termsVersion?: string;
  /** Epoch ms the terms were accepted. */
  readonly termsAcceptedAt?: number;
  /** Set once the account is created; the draft then only finishes contact confirmation. */
  readonly accountId?: string;
}
