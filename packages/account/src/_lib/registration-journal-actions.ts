import type { JsonValue } from '@kabinet/audit/entry';
import type { DocumentKind, UserType } from '@kabinet/ports';

// The journal actions of registration (a draft's steps and the account it becomes), with their
// payloads: `journalDraft`, a literal `JournalDraft` and `journal.append` check entries against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A registration draft was started (REG-1). */
    'registration.started': {
      /** The user type chosen first. */
      readonly userType: UserType;
    };
    /** A draft was resumed with its resume token; no payload. */
    'registration.resumed': undefined;
    /** The draft's user type changed. */
    'registration.user_type_set': {
      /** The user type now chosen. */
      readonly userType: UserType;
    };
    /** The draft's phone and e-mail were set (masked here; the values stay encrypted in the draft). */
    'registration.contacts_set': {
      /** The masked phone. */
      readonly phone: string;
      /** The masked e-mail. */
      readonly email: string;
    };
    /** A confirmation code went to one of the draft's contacts. */
    'registration.code_sent': {
      /** The channel. */
      readonly channel: 'phone' | 'email';
    };
    /** One of the draft's contacts was confirmed with its code. */
    'registration.contact_confirmed': {
      /** The channel. */
      readonly channel: 'phone' | 'email';
    };
    /** The draft's personal data were saved; no payload (they are personal data). */
    'registration.personal_data_saved': undefined;
    /** A document was added to the draft. */
    'registration.document_added': {
      /** The document's kind. */
      readonly kind: DocumentKind;
      /** How many files it has. */
      readonly files: number;
    };
    /** A document was removed from the draft. */
    'registration.document_removed': {
      /** The document's kind. */
      readonly kind: DocumentKind;
    };
    /** The draft's password was set; no payload. */
    'registration.password_set': undefined;
    /** The terms were accepted. */
    'registration.terms_accepted': {
      /** The version accepted. */
      readonly version: string;
    };
    /** Account creation refused a document another account holds (subject: the draft). */
    'registration.document_refused': {
      /** The document's kind. */
      readonly kind: DocumentKind;
    };
    /** The account was created from a draft; the first contact versions (CONTACT-5). */
    'account.created': {
      /** The draft it came from. */
      readonly draftId: string;
      /** The user type. */
      readonly userType: UserType;
      /** The kinds of its documents. */
      readonly documents: readonly DocumentKind[];
      /** The lifecycle and level transitions. */
      readonly transitions: readonly JsonValue[];
      /** The phone (encrypted beside the chain). */
      readonly phone: string;
      /** The e-mail (encrypted beside the chain). */
      readonly email: string;
    };
    /** The account became active with both contacts confirmed (CONTACT-6, ACC-2). */
    'account.activated': {
      /** The lifecycle and level transitions. */
      readonly transitions: readonly JsonValue[];
    };
  }
}
