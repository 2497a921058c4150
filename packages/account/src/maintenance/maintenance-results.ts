/** A record a re-keying run left as it was. */
export interface RecordNotRekeyed {
  /** The account's or draft's id. */
  readonly id: string;
  /**
   * `unreadable`: a field could not be decrypted (its key is gone from the provider, or the
   * data was altered). `contact_taken`: another account already owns the phone or e-mail under
   * the current key (two accounts for one contact, made before the lookups knew retired keys).
   * `document_taken`: another account already holds one of its identity documents (two accounts
   * for one document, bound before documents were unique: support decides which one keeps it).
   * `busy`: the record changed under every attempt to write it; the next run tries again.
   */
  readonly reason: 'unreadable' | 'contact_taken' | 'document_taken' | 'busy';
}

/** The report of a re-keying run; its counts are journaled (`accounts.rekeyed`, `drafts.rekeyed`). */
export interface RekeyReport {
  /** `kid` of the current `pii-encryption` key everything is sealed with now. */
  readonly piiKid: string;
  /** Records examined by this run. */
  readonly scanned: number;
  /** Records written back re-keyed. */
  readonly rekeyed: number;
  /** Records left as they were, with the reason (an operator must look at each). */
  readonly failed: readonly RecordNotRekeyed[];
  /** Where the next run goes on; absent when this run reached the last record. */
  readonly nextCursor?: string;
}
