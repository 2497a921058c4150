/** The payload of a re-keying pass (S-12): key ids and counts, no personal data. */
interface RekeyedPayload {
  /** `kid` of the current `pii-encryption` secret. */
  readonly piiKid: string;
  /** `kid` of the current `blind-index` secret. */
  readonly blindIndexKid: string;
  /** Records read. */
  readonly scanned: number;
  /** Records re-keyed. */
  readonly rekeyed: number;
  /** Records that could not be re-keyed. */
  readonly failed: number;
}

// The journal actions of maintenance, with their payloads: `journal.append` checks entries
// against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A pass re-keyed accounts after a key rotation (S-12). */
    'accounts.rekeyed': RekeyedPayload;
    /** A pass re-keyed registration drafts after a key rotation (S-12). */
    'drafts.rekeyed': RekeyedPayload;
  }
}
