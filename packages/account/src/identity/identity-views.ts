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

/** One identity check as its owner (or support) sees it. */
export interface CheckView {
  readonly checkId: string;
  readonly kind: IdentityCheckKind;
  readonly state: IdentityCheckState;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** The concrete defects of an open clarification request (ACC-5). */
  readonly defects: readonly RegistryDefect[];
  /** When the clarification must be answered (48 h after the request). */
  readonly deadline?: number;
  /** When a delayed registry look-up is retried (OTP-7). */
  readonly retryAt?: number;
  /** Non-personal facts about the evidence. */
  readonly summary: Readonly<Record<string, string | number | boolean>>;
  readonly trackingNumber?: string;
  readonly appointmentAt?: number;
  /** How many registry look-ups were made. */
  readonly registryLookups: number;
}

/** The identity side of an account: level, documents, checks and what is missing (ACC-2, ACC-5 … ACC-7). */
export interface IdentityView {
  readonly userType: UserType;
  readonly level: AccountLevel;
  readonly lifecycle: AccountLifecycle;
  readonly documents: readonly { readonly id: string; readonly kind: DocumentKind; readonly masked: string; readonly expiresOn?: string; readonly files: number }[];
  /** Groups of documents still needed for the standard level ("one of" each). */
  readonly missingDocuments: readonly (readonly DocumentKind[])[];
  readonly checks: readonly CheckView[];
  /** The open clarification request, if any. */
  readonly clarification?: { readonly checkId: string; readonly defects: readonly RegistryDefect[]; readonly deadline: number; readonly overdue: boolean };
  /** The confirmation methods this deployment offers (ACC-7). */
  readonly methods: readonly ConfirmationMethod[];
}
