import type { ContactKind } from '@kabinet/audit';

// The journal actions of contact changes and extra channels, with their payloads (`contact.changed`
// and `contact.restored` are `@kabinet/audit`'s own): `journalDraft`, a literal `JournalDraft`
// and `journal.append` check entries against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A change of the phone or e-mail was requested (CONTACT-5). */
    'contact.change_requested': {
      /** Which contact. */
      readonly kind: ContactKind;
      /** The new value, masked. */
      readonly masked: string;
    };
    /** A restore of an earlier contact version was requested (CONTACT-5). */
    'contact.restore_requested': {
      /** Which contact. */
      readonly kind: ContactKind;
      /** The value restored, masked. */
      readonly masked: string;
      /** The `seq` of the version restored. */
      readonly fromSeq: number;
    };
    /** An extra channel (trusted phone, a messenger) was set. */
    'contact.channel_set': {
      /** `trusted_phone` or the messenger's kind. */
      readonly channel: string;
      /** Its value, masked. */
      readonly masked: string;
    };
    /** An extra channel was removed. */
    'contact.channel_removed': {
      /** `trusted_phone` or the messenger's kind. */
      readonly channel: string;
    };
  }
}
