import type {
  AccountLevel,
  AccountLifecycle,
  ConfirmationMethod,
  DocumentKind,
  IdentityCheckKind,
  IdentityCheckState,
  RegistryDefect,
  UserType,
} from '@kabinet/ports';

/** A document bound to a profile or a draft, as its owner sees it (number masked). */
export interface DocumentView {
  /** The document's id (to replace or remove it). */
  readonly id: string;
  /** Which document it is. */
  readonly kind: DocumentKind;
  /** The number, masked (e.g. `*****4567`). */
  readonly masked: string;
  /** ISO date the document expires, when it has one. */
  readonly expiresOn?: string;
  /** How many scans are attached. */
  readonly files: number;
}

/** An open clarification request (ACC-5). */
export interface ClarificationView {
  /** The check that asks for it. */
  readonly checkId: string;
  /** The concrete defects to fix. */
  readonly defects: readonly RegistryDefect[];
  /** Epoch ms of the 48-hour deadline. */
  readonly deadline: number;
  /** Whether the deadline has passed (access is restricted until the answer). */
  readonly overdue: boolean;
}

/** One identity check as its owner (or support) sees it. */
export interface CheckView {
  /** The check's id. */
  readonly checkId: string;
  /** `documents` (the standard level) or a confirmation method (the confirmed level). */
  readonly kind: IdentityCheckKind;
  /** Where the check is in its machine (`confirmed` = Подтверждён). */
  readonly state: IdentityCheckState;
  /** Epoch ms the check started. */
  readonly createdAt: number;
  /** Epoch ms of its last change. */
  readonly updatedAt: number;
  /** The concrete defects of an open clarification request (ACC-5). */
  readonly defects: readonly RegistryDefect[];
  /** When the clarification must be answered (48 h after the request). */
  readonly deadline?: number;
  /** When a delayed registry look-up is retried (OTP-7). */
  readonly retryAt?: number;
  /** Non-personal facts about the evidence. */
  readonly summary: Readonly<Record<string, string | number | boolean>>;
  /** Registered mail: the postal tracking number. */
  readonly trackingNumber?: string;
  /** Video: the booked slot, epoch ms. */
  readonly appointmentAt?: number;
  /** How many registry look-ups were made. */
  readonly registryLookups: number;
}

/** The identity side of an account: level, documents, checks and what is missing (ACC-2, ACC-5 … ACC-7). */
export interface IdentityView {
  /** Foreign citizen or residence-permit holder (ACC-1). */
  readonly userType: UserType;
  /** The account level (ACC-2). */
  readonly level: AccountLevel;
  /** The lifecycle state (restricted after a missed clarification deadline). */
  readonly lifecycle: AccountLifecycle;
  /** The documents bound to the profile. */
  readonly documents: readonly DocumentView[];
  /** Groups of documents still needed for the standard level ("one of" each). */
  readonly missingDocuments: readonly (readonly DocumentKind[])[];
  /** Every check so far, oldest first. */
  readonly checks: readonly CheckView[];
  /** The open clarification request, if any. */
  readonly clarification?: ClarificationView;
  /** The confirmation methods this deployment offers (ACC-7). */
  readonly methods: readonly ConfirmationMethod[];
}
