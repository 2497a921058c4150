import type { Issue, Result } from '@kabinet/core';
import type {
  JournalCheckpointRecord,
  JournalEntry,
  JournalErasure,
  JournalParty,
  JournalQuery,
  Page,
  PageRequest,
} from '@kabinet/ports';
import type { ContactKind, JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import type { CheckpointIssueCode } from '../checkpoint/verify-checkpoint.js';
import type { JournalAppendInput } from '../entry/check-append-input.js';
import type { ContactVersion } from '../history/fold-contact-versions.js';
import type { LoginLog } from '../history/fold-login-log.js';
import type { JournalEvent, PayloadView } from '../history/journal-event.js';
import type { ChainReport } from '../verify/verify-chain.js';

/** When the journal signs a checkpoint: after `everyEntries` new entries or `everyMs` since the last one. */
export interface JournalCheckpointPolicy {
  /** Sign after this many new entries. */
  readonly everyEntries: number;
  /** Sign when this many ms passed since the last checkpoint (checked on append). */
  readonly everyMs: number;
}

/** What the payloads of the chain look like (see {@link Journal.verify} with `payloads: true`). */
export interface PayloadSummary {
  /** Decrypted and matching their commitment. */
  readonly present: number;
  /** Crypto-shredded. */
  readonly erased: number;
  /** Committed in the chain but not stored. */
  readonly missing: number;
  /** Their data key or its wrapping secret is gone or damaged. */
  readonly unreadable: number;
  /** Not matching the commitment: tampered or misplaced. */
  readonly mismatch: number;
  /** The first entry whose payload is missing, unreadable or mismatched. */
  readonly firstBadSeq?: number;
}

/** The report of {@link Journal.verify}: the chain report plus the checkpoints and payloads. */
export interface JournalVerification extends ChainReport {
  /** Stored (or trusted) checkpoints that failed their signature or format check; `params.size` names them. */
  readonly checkpointIssues: readonly Issue<CheckpointIssueCode>[];
  /** The trusted checkpoint, when one was given. */
  readonly trusted?: {
    /** Its size. */
    readonly size: number;
    /** Whether the chain matched it. */
    readonly matched: boolean;
  };
  /** Present when payloads were checked. */
  readonly payloads?: PayloadSummary;
}

/** Options of {@link Journal.verify}. */
export interface JournalVerifyOptions {
  /** Also open every payload and count present, erased, missing, unreadable and mismatched ones (default `false`). */
  readonly payloads?: boolean;
  /** Also rebuild the Merkle tree and compare checkpoint roots, auditing the signer (default `false`); see `VerifyChainOptions.roots`. */
  readonly roots?: boolean;
}

/** An RFC 9162 inclusion proof of one entry. */
export interface InclusionProof {
  /** The proven entry (its leaf index). */
  readonly seq: number;
  /** The tree size the proof is for. */
  readonly size: number;
  /** The entry's hash (its leaf hash). */
  readonly leafHash: string;
  /** The audit path, leaf side first. */
  readonly proof: readonly string[];
  /** The root of the tree of `size` the proof leads to (check it against a signed checkpoint). */
  readonly root: string;
}

/** An RFC 9162 consistency proof between two tree sizes. */
export interface ConsistencyProof {
  /** The older tree's size. */
  readonly size1: number;
  /** The newer tree's size. */
  readonly size2: number;
  /** The older tree's root. */
  readonly root1: string;
  /** The newer tree's root. */
  readonly root2: string;
  /** The consistency proof. */
  readonly proof: readonly string[];
}

/** Issue codes of {@link Journal.restoreContact}. */
export type RestoreIssueCode =
  'audit.restore.unknown_version' | 'audit.restore.erased' | 'audit.restore.unchanged';

/** What {@link Journal.restoreContact} restores. */
export interface RestoreContactInput {
  /** Who restores (the user, or support). */
  readonly actor: JournalParty;
  /** The account whose contact is restored. */
  readonly subject: JournalParty;
  /** Phone or e-mail. */
  readonly kind: ContactKind;
  /** The `seq` of the version to restore (from {@link Journal.contactVersions}). */
  readonly fromSeq: number;
}

/** Options of {@link Journal.rewrapSubjectKeys}. */
export interface RewrapSubjectKeysOptions {
  /** Data keys read per store page (default 100, at most 1000). */
  readonly batchSize?: number;
  /** The `nextCursor` of an earlier run, to go on where it stopped; omit to start at the first key. */
  readonly cursor?: string;
  /** Examine at most this many keys, then stop and return `nextCursor` (default: run to the end). */
  readonly limit?: number;
}

/** A data key {@link Journal.rewrapSubjectKeys} could not unwrap; it is left as it is. */
export interface UnreadableSubjectKey {
  /** The subject whose payloads the key encrypts (an opaque id). */
  readonly subject: JournalParty;
  /** The data key's id. */
  readonly keyId: string;
  /** The `kid` of the secret that wrapped it (gone from the key provider, or the blob was altered). */
  readonly wrapKid: string;
}

/** The report of {@link Journal.rewrapSubjectKeys}; the same counts are journaled as `journal.keys.rewrapped`. */
export interface RewrapReport {
  /** `kid` of the current `journal-payload` secret the keys were re-wrapped with. */
  readonly wrapKid: string;
  /** Data keys re-wrapped by this run. */
  readonly rewrapped: number;
  /** Data keys found already wrapped by `wrapKid` (a concurrent run got there first). */
  readonly skipped: number;
  /** Data keys erased while the run went on (an erasure always wins; nothing was written back). */
  readonly erased: number;
  /** Data keys that could not be unwrapped, left untouched; their payloads stay unreadable. */
  readonly unreadable: readonly UnreadableSubjectKey[];
  /** Where the next run goes on; absent when this run reached the last key. */
  readonly nextCursor?: string;
}

/**
 * The activity journal service (AUD-1, S-14): every operation of the account and payments
 * packages is appended here; personal data stays in encrypted payloads beside the chain.
 */
export interface Journal {
  /** The origin named in this journal's checkpoints. */
  readonly origin: string;
  /**
   * Appends an event; retries on `ConflictError` from concurrent appenders. Signs a checkpoint
   * when the policy says one is due (a failed checkpoint goes to `onError` and is retried on
   * the next append).
   * @throws KabinetError `ERR_INVALID_ARGUMENT` (with `details.code`/`details.path`) on input
   *   {@link checkAppendInput} rejects; `ERR_CONFLICT` after too many lost races.
   */
  append<A extends JournalAction>(
    input: JournalAppendInput<A, JournalPayloadOf<A>>,
  ): Promise<JournalEntry>;
  /** Signs a checkpoint of the current chain now (unless one of this size exists); returns the latest checkpoint. */
  checkpoint(): Promise<JournalCheckpointRecord | undefined>;
  /**
   * Walks the whole chain against the stored checkpoints and, when given, a trusted
   * checkpoint (a JWS held outside the database); with `payloads: true` also opens every payload.
   */
  verify(trustedCheckpoint?: string, options?: JournalVerifyOptions): Promise<JournalVerification>;
  /** An inclusion proof of entry `seq` in the tree of `size` (default: the whole chain). */
  proveInclusion(seq: number, size?: number): Promise<InclusionProof>;
  /** A consistency proof from `size1` to `size2` (default: the whole chain). */
  proveConsistency(size1: number, size2?: number): Promise<ConsistencyProof>;
  /** Entries by subject, actor, action and period, by keyset pagination. */
  query(filter: JournalQuery, page: PageRequest): Promise<Page<JournalEntry>>;
  /** Like {@link Journal.query}, with each payload opened. */
  events(filter: JournalQuery, page: PageRequest): Promise<Page<JournalEvent>>;
  /** Every event about a subject, oldest first, payloads opened (up to `untilSeq`). */
  history(subject: JournalParty, options?: { readonly untilSeq?: number }): Promise<JournalEvent[]>;
  /** The versions of the subject's phone or e-mail over time (CONTACT-5). */
  contactVersions(
    subject: JournalParty,
    kind: ContactKind,
    untilSeq?: number,
  ): Promise<ContactVersion[]>;
  /** Restores an earlier contact version by appending `contact.restored`; history is never rewritten (CONTACT-5). */
  restoreContact(input: RestoreContactInput): Promise<Result<JournalEntry, RestoreIssueCode>>;
  /** The login log with IP addresses and blocked IPs (AUD-2, ACC-11). */
  loginLog(subject: JournalParty, untilSeq?: number): Promise<LoginLog>;
  /** Looks up and decrypts an entry's payload. */
  openPayload(entry: JournalEntry): Promise<PayloadView>;
  /**
   * Crypto-shreds a subject: deletes its data key and payloads (entries stay and still verify),
   * then journals `journal.subject.erased`.
   */
  erase(subject: JournalParty, actor: JournalParty): Promise<JournalErasure>;
  /**
   * After a rotation of the `journal-payload` secret, re-wraps every subject data key still
   * wrapped by an older secret with the current one (S-12): each key is unwrapped with its
   * `wrapKid` secret and wrapped anew (fresh nonce, the same AAD binding key id and subject),
   * so the data key, and every payload it sealed, stays the same. Each key is swapped with
   * `replaceSubjectKey`, so a concurrent erasure wins and a concurrent run is harmless. Keys
   * that cannot be unwrapped are reported in `unreadable`, never thrown, and left untouched.
   * Resumable: pass `limit` to stop early and the returned `nextCursor` as `cursor` to go on;
   * once a run returns no `nextCursor`, no key is wrapped by an older secret and that secret
   * can be retired. Journals `journal.keys.rewrapped` with the counts (no personal data).
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `batchSize` or `limit` is not a positive
   *   integer (`batchSize` at most 1000); `ERR_CONFIG` when the current secret is not 32 bytes;
   *   `ERR_CONFLICT` when a key kept changing under too many attempts.
   */
  rewrapSubjectKeys(actor: JournalParty, options?: RewrapSubjectKeysOptions): Promise<RewrapReport>;
}
