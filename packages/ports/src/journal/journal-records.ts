/** Who did something: a user, a support agent, the system, a provider callback. */
export interface JournalParty {
  /** What kind of party, e.g. `account`, `support`, `system`, `provider`. */
  readonly type: string;
  /** An opaque id (never a phone, an e-mail or a name: S-12). */
  readonly id: string;
}

/**
 * The hash an empty chain "ends" in: the `prev` of the entry with `seq` 0 (64 zeros).
 *
 * @example
 * ```ts
 * const first = { ...fields, seq: 0, prev: JOURNAL_GENESIS_HASH };
 * ```
 */
export const JOURNAL_GENESIS_HASH: string = '0'.repeat(64);

/**
 * One entry of the append-only journal, exactly as stored. It holds no personal data: the
 * payload (e.g. a contact before and after a change) is stored beside the chain, encrypted,
 * and the entry carries only a salted commitment to it (S-12).
 *
 * `hash` is SHA-256(0x00 ‖ canonical JSON of every other field): both the link the next
 * entry's `prev` points to and the RFC 9162 Merkle leaf hash of this entry.
 *
 * @example
 * ```ts
 * const entry: JournalEntry = {
 *   v: 1, seq: 0, ts: 1767225600000, actor: { type: 'account', id: 'acc_1' },
 *   action: 'contact.changed', subject: { type: 'account', id: 'acc_1' },
 *   payloadCommitment: null, prev: JOURNAL_GENESIS_HASH, hash: '…64 hex…',
 * };
 * ```
 */
export interface JournalEntry {
  /** Format version (1). */
  readonly v: 1;
  /** Position in the chain, from 0, without gaps. */
  readonly seq: number;
  /** Epoch ms; never smaller than the previous entry's. */
  readonly ts: number;
  /** Who did it. */
  readonly actor: JournalParty;
  /** Dot-namespaced action name, e.g. `contact.changed`. */
  readonly action: string;
  /** What the action was about (usually the account). */
  readonly subject: JournalParty;
  /** Hex SHA-256 commitment to the payload stored beside the chain, or `null` without one. */
  readonly payloadCommitment: string | null;
  /** `hash` of the entry `seq - 1`, or {@link JOURNAL_GENESIS_HASH} for `seq` 0. */
  readonly prev: string;
  /** Hex SHA-256(0x00 ‖ canonical entry without `hash`). */
  readonly hash: string;
}

/**
 * A payload stored beside the chain, encrypted with its subject's data key
 * (AES-256-GCM; the commitment in the entry binds it).
 */
export interface JournalSealedPayload {
  /** Discriminant: the payload is stored encrypted. */
  readonly state: 'sealed';
  /** The entry the payload belongs to. */
  readonly seq: number;
  /** The subject of its entry (erasure finds payloads by it). */
  readonly subject: JournalParty;
  /** Id of the subject data key ({@link JournalSubjectKey.id}) that encrypted it. */
  readonly keyId: string;
  /** Base64url 12-byte nonce. */
  readonly iv: string;
  /** Base64url ciphertext followed by the 16-byte GCM tag. */
  readonly ciphertext: string;
}

/** What is left of a payload after its subject was erased (crypto-shredding). */
export interface JournalErasedPayload {
  /** Discriminant: the payload was crypto-shredded. */
  readonly state: 'erased';
  /** The entry the payload belonged to. */
  readonly seq: number;
  /** The erased subject. */
  readonly subject: JournalParty;
  /** Epoch ms of the erasure. */
  readonly erasedAt: number;
}

/** A stored payload: sealed, or erased. */
export type JournalPayloadRecord = JournalSealedPayload | JournalErasedPayload;

/**
 * A subject's data key (32 random bytes) wrapped by the key provider's `journal-payload`
 * secret. Deleting it makes every payload of the subject unreadable.
 */
export interface JournalSubjectKey {
  /** Unique id of this data key. */
  readonly id: string;
  /** The subject whose payloads this key encrypts. */
  readonly subject: JournalParty;
  /** `kid` of the `journal-payload` secret that wrapped the data key (for rotation). */
  readonly wrapKid: string;
  /** Base64url nonce ‖ wrapped key ‖ GCM tag. */
  readonly wrapped: string;
  /** Epoch ms of creation. */
  readonly createdAt: number;
}

/**
 * Filters of {@link JournalStore.listSubjectKeys}; all given filters must match.
 *
 * @example
 * ```ts
 * // The data keys a rotation to `journal-payload-2` still has to re-wrap:
 * const filter: JournalSubjectKeyFilter = { notWrappedBy: 'journal-payload-2' };
 * ```
 */
export interface JournalSubjectKeyFilter {
  /** Only keys whose `wrapKid` differs from this `kid` (those still wrapped by another secret). */
  readonly notWrappedBy?: string;
}

/** The result of erasing a subject. */
export interface JournalErasure {
  /** The erased subject. */
  readonly subject: JournalParty;
  /** Epoch ms of the erasure. */
  readonly erasedAt: number;
  /** How many sealed payloads were turned into erased ones by this call. */
  readonly payloadsErased: number;
  /** Whether a data key was deleted by this call. */
  readonly keyDeleted: boolean;
}

/**
 * A signed checkpoint (signed tree head) as stored. Only the `jws` is trusted by a verifier;
 * the other fields are its parsed copy for lookups.
 */
export interface JournalCheckpointRecord {
  /** Tree size: the checkpoint covers entries `0 … size-1`. */
  readonly size: number;
  /** Hex RFC 9162 Merkle root of the first `size` entries. */
  readonly root: string;
  /** Hex hash of entry `size - 1` (the chain head). */
  readonly head: string;
  /** Epoch ms of signing. */
  readonly ts: number;
  /** Key id of the signature. */
  readonly kid: string;
  /** Compact JWS over the canonical JSON `{origin, size, root, head, ts}`. */
  readonly jws: string;
  /**
   * Unsigned cache: the hex roots of the perfect subtrees of the tree of `size` (the compact
   * range, largest first), so the next checkpoint needs only the newer leaves. Verifiers
   * never trust it; a writer recomputes the root from it before use.
   */
  readonly frontier?: readonly string[];
}

/** Filters of {@link JournalStore.query}; all given filters must match. */
export interface JournalQuery {
  /** Only entries about this subject. */
  readonly subject?: JournalParty;
  /** Only entries by this actor. */
  readonly actor?: JournalParty;
  /** One action or any of several. */
  readonly action?: string | readonly string[];
  /** Earliest `ts`, inclusive (epoch ms). */
  readonly from?: number;
  /** Latest `ts`, exclusive (epoch ms). */
  readonly to?: number;
  /** `asc` (default, oldest first) or `desc`. */
  readonly order?: 'asc' | 'desc';
}
