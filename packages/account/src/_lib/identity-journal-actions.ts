import type { JsonValue } from '@kabinet/audit/entry';
import type { DocumentKind, IdentityCheckKind } from '@kabinet/ports';

/** The payload of a step of an identity check (`runCheckStep`). */
export interface IdentityCheckPayload {
  /** The check. */
  readonly checkId: string;
  /** Its kind (`documents` or a confirmation method). */
  readonly kind: IdentityCheckKind;
  /** The check's (and the account's) transitions. */
  readonly transitions: readonly JsonValue[];
  /** The registry's outcome, when the step reached the registry. */
  readonly registry?: JsonValue;
}

/** The payload of a refused step of an identity check (`state.transition_not_allowed`). */
interface CheckRejectedPayload {
  /** The issue codes of the refusal. */
  readonly issues: readonly string[];
}

// The journal actions of identity checks, documents and the address, with their payloads:
// `journalDraft`, a literal `JournalDraft` and `journal.append` check entries against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** An identity confirmation started (ACC-3). */
    'identity.confirmation_started': IdentityCheckPayload;
    /** A confirmation start the check's state refused. */
    'identity.confirmation_started_rejected': CheckRejectedPayload;
    /** A confirmation code was entered. */
    'identity.code_entered': IdentityCheckPayload;
    /** A code entry the check's state refused. */
    'identity.code_entered_rejected': CheckRejectedPayload;
    /** An activation (letter) confirmation was used. */
    'identity.activation_used': IdentityCheckPayload;
    /** An activation the check's state refused. */
    'identity.activation_used_rejected': CheckRejectedPayload;
    /** A clarification was answered (ACC-5). */
    'identity.clarification_answered': IdentityCheckPayload;
    /** A clarification answer the check's state refused. */
    'identity.clarification_answered_rejected': CheckRejectedPayload;
    /** The documents were submitted for a check. */
    'identity.documents_submitted': IdentityCheckPayload;
    /** A submission the check's state refused. */
    'identity.documents_submitted_rejected': CheckRejectedPayload;
    /** The holder cancelled a check. */
    'identity.check_cancelled': IdentityCheckPayload;
    /** A cancellation the check's state refused. */
    'identity.check_cancelled_rejected': CheckRejectedPayload;
    /** An operator sent the activation letter. */
    'identity.letter_sent': IdentityCheckPayload & {
      /** The letter's tracking number. */
      readonly trackingNumber: string;
    };
    /** An operator verified the holder in person or by video. */
    'identity.operator_verified': IdentityCheckPayload & {
      /** The service centre, for an in-person verification. */
      readonly serviceCentreId?: string;
    };
    /** A delayed registry check was retried. */
    'identity.registry_retried': {
      /** The check. */
      readonly checkId: string;
      /** Its kind. */
      readonly kind: IdentityCheckKind;
      /** The registry's outcome. */
      readonly registry: JsonValue;
      /** The check's transitions. */
      readonly transitions: readonly JsonValue[];
    };
    /** An identity document was added or replaced. */
    'identity.document_added': {
      /** The document's kind. */
      readonly kind: DocumentKind;
      /** Whether it replaced one of the same kind. */
      readonly replaced: boolean;
      /** How many files it has. */
      readonly files: number;
      /** The transitions (a reopened check). */
      readonly transitions: readonly JsonValue[];
    };
    /** A document another account holds was refused (subject: the account that tried). */
    'identity.document_refused': {
      /** The document's kind. */
      readonly kind: DocumentKind;
    };
    /** Someone tried to bind the account's document (subject: its holder). */
    'identity.document_reuse_refused': {
      /** The document's kind. */
      readonly kind: DocumentKind;
      /** Where the attempt came from. */
      readonly attempt: 'account' | 'registration';
    };
    /** The address changed. */
    'identity.address_changed': {
      /** The transitions (a reopened check). */
      readonly transitions: readonly JsonValue[];
    };
    /** Clock-driven transitions (a deadline that passed; actor: the system clock). */
    'account.deadline_passed': {
      /** The transitions. */
      readonly transitions: readonly JsonValue[];
    };
  }
}
