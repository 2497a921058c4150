import type { AccountRecord, UserType } from '@kabinet/ports';
import type { DocumentView } from '../identity/identity-views.js';

/** A registration step (ACC-3) still to do before `create`. */
export type RegistrationStep =
  'user_type' | 'personal_data' | 'documents' | 'contacts' | 'password' | 'terms';

/** A contact in a draft: masked, and whether its code was entered. */
export interface DraftContactView {
  /** The contact, masked. */
  readonly masked: string;
  /** Whether the code sent to it was entered (CONTACT-3). */
  readonly confirmed: boolean;
}

/** Which terms were accepted and when. */
export interface TermsAcceptance {
  /** The accepted version. */
  readonly version: string;
  /** Epoch ms of acceptance. */
  readonly acceptedAt: number;
}

/** What a registrant sees of a draft: progress, masked values, never personal data in clear. */
export interface DraftView {
  /** The draft's id. */
  readonly draftId: string;
  /** Epoch ms after which the draft is gone (ACC-4; each step extends it). */
  readonly expiresAt: number;
  /** The chosen user type. */
  readonly userType?: UserType;
  /** Whether the personal data step is done. */
  readonly personalData: boolean;
  /** The documents added so far. */
  readonly documents: readonly DocumentView[];
  /** The phone, once given. */
  readonly phone?: DraftContactView;
  /** The e-mail, once given. */
  readonly email?: DraftContactView;
  /** Whether a password is set. */
  readonly password: boolean;
  /** The accepted terms. */
  readonly terms?: TermsAcceptance;
  /** Set once the account exists (it waits for its contacts, CONTACT-6). */
  readonly accountId?: string;
  /** Steps still needed before `create`. */
  readonly missing: readonly RegistrationStep[];
}

/** What `start` and `resume` return: the draft and its (new) resume token — keep it secret. */
export interface DraftAccess {
  /** The draft's id. */
  readonly draftId: string;
  /** The secret that opens the draft; a resume replaces it. */
  readonly resumeToken: string;
  /** The draft as it stands. */
  readonly draft: DraftView;
}

/** The account that `create` made. */
export interface CreatedAccount {
  /** The new account's id. */
  readonly accountId: string;
  /** `active`, or `contacts_pending` until both contacts are confirmed (CONTACT-6). */
  readonly lifecycle: AccountRecord['lifecycle'];
  /** `simplified` when active, else `none`. */
  readonly level: AccountRecord['level'];
}
