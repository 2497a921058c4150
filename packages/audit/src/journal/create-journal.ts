import {
  KabinetError,
  cryptoRandom,
  fail,
  isConflict,
  issue,
  ok,
  type Clock,
  type Issue,
  type Random,
  JournalTamperedError,
} from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalCheckpointRecord,
  type JournalEntry,
  type JournalParty,
  type JournalStore,
  type JournalSubjectKey,
  type KeyProvider,
} from '@kabinet/ports';
import type { JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import { signCheckpoint } from '../checkpoint/sign-checkpoint.js';
import { verifyCheckpoint, type CheckpointIssueCode } from '../checkpoint/verify-checkpoint.js';
import type { VerifiedCheckpoint } from '../checkpoint/checkpoint-body.js';
import {
  checkAppendInput,
  isPlainAppendInputValid,
  type JournalAppendInput,
} from '../entry/check-append-input.js';
import { leafHashForVerify, leafHashOfSafeEntry } from '../_lib/fast-leaf.js';
import { foldContactVersions } from '../history/fold-contact-versions.js';
import { foldLoginLog } from '../history/fold-login-log.js';
import type { JournalEvent, PayloadView } from '../history/journal-event.js';
import { createMerkleFrontier, type MerkleFrontier } from '../merkle/create-merkle-frontier.js';
import { consistencyRanges, inclusionRanges, type LeafRange } from '../_lib/proof-ranges.js';
import { EMPTY_TREE_HASH } from '../_lib/sha256.js';
import { createSubtreeCache } from '../_lib/subtree-cache.js';
import { verifyChain } from '../verify/verify-chain.js';
import { Lru } from '../_lib/lru.js';
import { openSealedPayload, sealPayload } from '../_lib/payload-box.js';
import { createSerial } from '../_lib/serial.js';
import {
  newSubjectKey,
  partyKey,
  rewrapSubjectKey,
  unwrapSubjectKey,
} from '../_lib/subject-key.js';
import type {
  Journal,
  JournalCheckpointPolicy,
  JournalVerification,
  JournalVerifyOptions,
  PayloadSummary,
  RewrapReport,
  RewrapSubjectKeysOptions,
  UnreadableSubjectKey,
} from './journal-types.js';

/**
 * The default checkpoint policy: a signed checkpoint every 1 000 entries or every minute
 * (signing costs about 1% of the append cost at this rate).
 */
export const defaultCheckpointPolicy: JournalCheckpointPolicy = {
  everyEntries: 1000,
  everyMs: 60_000,
};

/** A stricter policy: every 100 entries or 10 seconds, so less of the chain is ever unsigned. */
export const STRICT_CHECKPOINT_POLICY: JournalCheckpointPolicy = {
  everyEntries: 100,
  everyMs: 10_000,
};

/** Options of {@link createJournal}. */
export interface JournalOptions {
  /** Where the chain, payloads, data keys and checkpoints live. */
  readonly store: JournalStore;
  /** Signing keys for checkpoints; the `journal-payload` secret wraps the subjects' data keys. */
  readonly keys: KeyProvider;
  /** The time entries and checkpoints carry. */
  readonly clock: Clock;
  /** Randomness for data keys, salts and nonces (default: the CSPRNG). */
  readonly random?: Random;
  /** Names this journal in its checkpoints (default `kabinet-journal`). */
  readonly origin?: string;
  /** When to sign checkpoints (default {@link defaultCheckpointPolicy}). */
  readonly checkpoint?: Partial<JournalCheckpointPolicy> & {
    /** Hears automatic checkpoints that failed (they are tried again on the next append). */
    readonly onError?: (error: unknown) => void;
  };
  /** Attempts before an append gives up under contention (default 100). */
  readonly maxAppendAttempts?: number;
}

const BATCH = 4096;
/** Page size of `rewrapSubjectKeys` by default, and its maximum (the store's guaranteed page limit). */
const REWRAP_BATCH = 100;
const MAX_REWRAP_BATCH = 1000;
/** The subject of `journal.keys.rewrapped`: the data keys under the `journal-payload` secret. */
const JOURNAL_KEYS: JournalParty = Object.freeze({ type: 'system', id: 'journal-keys' });

/**
 * Creates the journal service over a {@link JournalStore}: appends events to the hash chain
 * (retrying on `ConflictError`, so concurrent appenders on many instances stay gap-free and
 * fork-free), keeps payloads encrypted per subject beside the chain (AES-256-GCM with a
 * per-subject data key wrapped by the `journal-payload` secret), signs checkpoints every N
 * entries or T ms, verifies, proves, queries, folds history and erases subjects.
 *
 * @param options - store, keys, clock and checkpoint policy
 * @returns the journal
 * @throws KabinetError `ERR_CONFIG` when the checkpoint policy is not positive
 * @example
 * ```ts
 * const journal = createJournal({ store, keys, clock, checkpoint: { everyEntries: 1000, everyMs: 60_000 } });
 * await journal.append({
 *   actor: { type: 'account', id: 'acc_1' }, action: 'contact.changed', subject: { type: 'account', id: 'acc_1' },
 *   payload: { kind: 'phone', before: '+79161234567', after: '+79161234568' },
 * });
 * const report = await journal.verify(trustedCheckpointJws);
 * ```
 */
export function createJournal(options: JournalOptions): Journal {
  const { store, keys, clock } = options;
  const random = options.random ?? cryptoRandom;
  const origin = options.origin ?? 'kabinet-journal';
  const policy: JournalCheckpointPolicy = {
    everyEntries: options.checkpoint?.everyEntries ?? defaultCheckpointPolicy.everyEntries,
    everyMs: options.checkpoint?.everyMs ?? defaultCheckpointPolicy.everyMs,
  };
  if (!(policy.everyEntries >= 1) || !(policy.everyMs >= 1)) {
    throw new KabinetError(
      'ERR_CONFIG',
      'checkpoint.everyEntries and checkpoint.everyMs must be positive',
      {
        details: { everyEntries: policy.everyEntries, everyMs: policy.everyMs },
      },
    );
  }
  const onError = options.checkpoint?.onError ?? ((): void => undefined);
  const maxAttempts = options.maxAppendAttempts ?? 100;
  const serial = createSerial();
  const dataKeys = new Lru<string, { id: string; key: Uint8Array }>(1024);

  let head: JournalEntry | undefined;
  let headKnown = false;
  let frontier: MerkleFrontier | undefined;
  let frontierHead = JOURNAL_GENESIS_HASH;
  let lastCheckpoint: { size: number; ts: number } | undefined;
  let lastCheckpointKnown = false;

  async function chainSize(): Promise<number> {
    const last = await store.head();
    return last === undefined ? 0 : last.seq + 1;
  }

  async function dataKeyFor(subject: JournalParty): Promise<{ id: string; key: Uint8Array }> {
    const name = partyKey(subject);
    const cached = dataKeys.get(name);
    if (cached !== undefined) return cached;
    let record = await store.getSubjectKey(subject);
    let key: Uint8Array | undefined;
    if (record === undefined) {
      const fresh = newSubjectKey(subject, keys, clock.now(), random);
      record = await store.ensureSubjectKey(fresh.record);
      key = record.id === fresh.record.id ? fresh.key : unwrapSubjectKey(record, keys);
    } else {
      key = unwrapSubjectKey(record, keys);
    }
    if (key === undefined) {
      throw new KabinetError(
        'ERR_CRYPTO',
        'cannot unwrap the subject data key: is its journal-payload secret still configured?',
        {
          details: { wrapKid: record.wrapKid },
        },
      );
    }
    const entry = { id: record.id, key };
    dataKeys.set(name, entry);
    return entry;
  }

  async function trustedStoredCheckpoint(
    record: JournalCheckpointRecord,
  ): Promise<VerifiedCheckpoint | undefined> {
    const r = await verifyCheckpoint(record.jws, keys.verificationKeys(), { origin });
    if (
      !r.success ||
      r.data.size !== record.size ||
      r.data.root !== record.root ||
      r.data.head !== record.head
    )
      return undefined;
    return r.data;
  }

  /** Brings the frontier to `size`, checking every entry it takes in; `undefined` when it is already past it. */
  async function frontierAt(size: number): Promise<MerkleFrontier | undefined> {
    if (frontier === undefined) {
      frontier = createMerkleFrontier();
      frontierHead = JOURNAL_GENESIS_HASH;
      const latest = await store.latestCheckpoint();
      if (latest?.frontier !== undefined && latest.size <= size) {
        const signed = await trustedStoredCheckpoint(latest);
        try {
          const resumed = createMerkleFrontier({ size: latest.size, hashes: latest.frontier });
          if (signed !== undefined && resumed.root() === signed.root) {
            frontier = resumed;
            frontierHead = signed.head;
          }
        } catch {
          // A damaged frontier cache: rebuild from the first entry.
        }
      }
    }
    const f = frontier;
    while (f.size < size) {
      const batch = await store.read(f.size, Math.min(BATCH, size - f.size));
      if (batch.length === 0) break;
      for (const e of batch) {
        if (e.seq !== f.size || e.prev !== frontierHead || leafHashForVerify(e) !== e.hash) {
          throw new JournalTamperedError(
            `journal entry ${f.size} does not chain; refusing to sign a checkpoint`,
            {
              details: { seq: f.size },
            },
          );
        }
        f.append(e.hash);
        frontierHead = e.hash;
      }
    }
    return f.size === size ? f : undefined;
  }

  async function latestCheckpointInfo(): Promise<{ size: number; ts: number } | undefined> {
    if (!lastCheckpointKnown) {
      const latest = await store.latestCheckpoint();
      lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
      lastCheckpointKnown = true;
    }
    return lastCheckpoint;
  }

  async function signAt(
    size: number,
    headHash: string,
  ): Promise<JournalCheckpointRecord | undefined> {
    const f = await frontierAt(size);
    if (f === undefined) return undefined;
    const key = keys.currentSigningKey();
    const body = { origin, size, root: f.root(), head: headHash, ts: clock.now() };
    const jws = await signCheckpoint(body, key);
    const record: JournalCheckpointRecord = {
      size,
      root: body.root,
      head: headHash,
      ts: body.ts,
      kid: key.kid,
      jws,
      frontier: f.hashes(),
    };
    try {
      await store.putCheckpoint(record);
      lastCheckpoint = { size, ts: body.ts };
      lastCheckpointKnown = true;
      return record;
    } catch (error) {
      if (!isConflict(error)) throw error;
      lastCheckpointKnown = false;
      return undefined;
    }
  }

  function checkpointDue(
    entry: JournalEntry,
    last: { size: number; ts: number } | undefined,
  ): boolean {
    const size = entry.seq + 1;
    const lastSize = last?.size ?? 0;
    return (
      size - lastSize >= policy.everyEntries ||
      (size > lastSize && (last === undefined || entry.ts - last.ts >= policy.everyMs))
    );
  }

  async function maybeCheckpoint(entry: JournalEntry): Promise<void> {
    try {
      const last = await latestCheckpointInfo();
      if (checkpointDue(entry, last)) await signAt(entry.seq + 1, entry.hash);
    } catch (error) {
      onError(error);
    }
  }

  /** Throws `ERR_INVALID_ARGUMENT` with the first issue when {@link checkAppendInput} rejects the input. */
  function assertAppendInput(input: JournalAppendInput<string, unknown>): void {
    if (isPlainAppendInputValid(input)) return;
    const checked = checkAppendInput(input);
    if (!checked.success) {
      const first = checked.issues[0]!;
      throw new KabinetError(
        'ERR_INVALID_ARGUMENT',
        `journal input rejected: ${first.code} at ${first.path.join('.')}`,
        {
          details: { code: first.code, path: first.path.join('.') },
        },
      );
    }
  }

  async function append<A extends JournalAction>(
    input: JournalAppendInput<A, JournalPayloadOf<A>>,
  ): Promise<JournalEntry> {
    assertAppendInput(input);
    const actor = Object.freeze({ type: input.actor.type, id: input.actor.id });
    const subject = Object.freeze({ type: input.subject.type, id: input.subject.id });
    const action: string = input.action;
    const payload = input.payload;
    return serial(async () => {
      let sealed: { commitment: string; iv: string; ciphertext: string; keyId: string } | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        if (!headKnown) {
          head = await store.head();
          headKnown = true;
        }
        if (payload !== undefined && sealed === undefined) {
          const dk = await dataKeyFor(subject);
          sealed = { ...sealPayload(payload, subject, dk.id, dk.key, random), keyId: dk.id };
        }
        const seq = head === undefined ? 0 : head.seq + 1;
        const entry = {
          v: 1 as const,
          seq,
          ts: Math.max(clock.now(), head?.ts ?? 0),
          actor,
          action,
          subject,
          payloadCommitment: sealed?.commitment ?? null,
          prev: head?.hash ?? JOURNAL_GENESIS_HASH,
          hash: '',
        };
        // Every string here is safe: parties and action passed checkAppendInput, prev and the
        // commitment are hex. The hash is set on the one object (no copy per append).
        entry.hash = leafHashOfSafeEntry(entry);
        Object.freeze(entry);
        try {
          await store.append(
            entry,
            sealed === undefined
              ? undefined
              : {
                  state: 'sealed',
                  seq,
                  subject,
                  keyId: sealed.keyId,
                  iv: sealed.iv,
                  ciphertext: sealed.ciphertext,
                },
          );
        } catch (error) {
          if (!isConflict(error)) throw error;
          // Another appender won this seq, or the subject's key changed: re-read and retry.
          headKnown = false;
          if (sealed !== undefined) {
            dataKeys.delete(partyKey(subject));
            sealed = undefined;
          }
          continue;
        }
        head = entry;
        if (frontier !== undefined && frontier.size === seq) {
          frontier.append(entry.hash);
          frontierHead = entry.hash;
        }
        // The common case (checkpoint known and not due) stays synchronous.
        if (!lastCheckpointKnown || checkpointDue(entry, lastCheckpoint))
          await maybeCheckpoint(entry);
        return entry;
      }
      throw new KabinetError('ERR_CONFLICT', `journal append lost ${maxAttempts} races in a row`, {
        details: { attempts: maxAttempts },
      });
    });
  }

  async function openPayload(entry: JournalEntry): Promise<PayloadView> {
    if (entry.payloadCommitment === null) return { status: 'none' };
    const record = await store.getPayload(entry.seq);
    if (record === undefined) return { status: 'missing' };
    if (record.state === 'erased') return { status: 'erased', erasedAt: record.erasedAt };
    if (partyKey(record.subject) !== partyKey(entry.subject)) return { status: 'mismatch' };
    const name = partyKey(record.subject);
    let cached = dataKeys.get(name);
    if (cached === undefined || cached.id !== record.keyId) {
      const stored = await store.getSubjectKey(record.subject);
      const key =
        stored === undefined || stored.id !== record.keyId
          ? undefined
          : unwrapSubjectKey(stored, keys);
      if (key === undefined) return { status: 'unreadable' };
      cached = { id: stored!.id, key };
      dataKeys.set(name, cached);
    }
    return openSealedPayload(record, cached.key, entry.payloadCommitment);
  }

  async function history(
    subject: JournalParty,
    opts: { readonly untilSeq?: number } = {},
  ): Promise<JournalEvent[]> {
    const out: JournalEvent[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.query(
        { subject },
        after === undefined ? { limit: 500 } : { limit: 500, after },
      );
      for (const entry of page.items) {
        if (opts.untilSeq !== undefined && entry.seq > opts.untilSeq) return out;
        out.push({ entry, payload: await openPayload(entry) });
      }
      if (page.nextCursor === undefined) return out;
      after = page.nextCursor;
    }
  }

  async function leafHashes(lo: number, hi: number): Promise<string[]> {
    const leaves: string[] = [];
    while (lo + leaves.length < hi) {
      const batch = await store.read(lo + leaves.length, Math.min(BATCH, hi - lo - leaves.length));
      if (batch.length === 0) break;
      for (const e of batch) leaves.push(e.hash);
    }
    return leaves;
  }

  // Proofs take their subtree hashes from here: complete subtrees of 256 leaves and more are
  // hashed once per journal instance (entries never change), so a warm proof reads O(log n)
  // cached hashes and fewer than 512 leaves instead of the whole chain. The cache holds at most
  // 2n / 256 hashes (about 12 MB for ten million entries).
  const subtrees = createSubtreeCache(leafHashes, 8);
  const treeRoot = (size: number): Promise<string> =>
    size === 0 ? Promise.resolve(EMPTY_TREE_HASH) : subtrees.hash(0, size);
  async function subtreeHashes(ranges: readonly LeafRange[]): Promise<string[]> {
    const out: string[] = [];
    for (const [lo, hi] of ranges) out.push(await subtrees.hash(lo, hi));
    return out;
  }

  async function checkedSize(size: number | undefined, min: number, what: string): Promise<number> {
    const total = await chainSize();
    const n = size ?? total;
    if (!Number.isSafeInteger(n) || n < min || n > total) {
      throw new KabinetError('ERR_INVALID_ARGUMENT', `${what}: size ${n} is outside 1…${total}`, {
        details: { size: n, chainSize: total },
      });
    }
    return n;
  }

  /** Re-wraps one data key by compare-and-swap; re-reads after a lost swap, and never writes an erased key back. */
  async function rewrapOne(
    found: JournalSubjectKey,
    wrapKid: string,
  ): Promise<'rewrapped' | 'skipped' | 'erased' | UnreadableSubjectKey> {
    let record: JournalSubjectKey | undefined = found;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (record === undefined) return 'erased';
      if (record.wrapKid === wrapKid) return 'skipped';
      const next = rewrapSubjectKey(record, keys, random);
      if (next === undefined)
        return {
          subject: { type: record.subject.type, id: record.subject.id },
          keyId: record.id,
          wrapKid: record.wrapKid,
        };
      if (await store.replaceSubjectKey(record, next)) return 'rewrapped';
      // Erased, re-wrapped by another run, or replaced by a new key meanwhile: look again.
      record = await store.getSubjectKey(record.subject);
    }
    throw new KabinetError(
      'ERR_CONFLICT',
      `the data key of a subject changed under ${maxAttempts} re-wrap attempts`,
      { details: { attempts: maxAttempts } },
    );
  }

  async function rewrapSubjectKeys(
    actor: JournalParty,
    opts: RewrapSubjectKeysOptions = {},
  ): Promise<RewrapReport> {
    const batchSize = opts.batchSize ?? REWRAP_BATCH;
    const limit = opts.limit ?? Number.POSITIVE_INFINITY;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_REWRAP_BATCH) {
      throw new KabinetError(
        'ERR_INVALID_ARGUMENT',
        `batchSize must be an integer in 1…${MAX_REWRAP_BATCH}`,
        { details: { batchSize: String(batchSize) } },
      );
    }
    if (opts.limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1)) {
      throw new KabinetError('ERR_INVALID_ARGUMENT', 'limit must be a positive integer', {
        details: { limit: String(opts.limit) },
      });
    }
    // A bad actor is refused before any key is touched, not when the run is journaled.
    assertAppendInput({ actor, action: 'journal.keys.rewrapped', subject: JOURNAL_KEYS });
    const wrapKid = keys.currentSecret('journal-payload').kid;
    const counts = { rewrapped: 0, skipped: 0, erased: 0 };
    const unreadable: UnreadableSubjectKey[] = [];
    let examined = 0;
    let after = opts.cursor;
    let nextCursor: string | undefined;
    for (;;) {
      const want = Math.min(batchSize, limit - examined);
      // Keyset pages on the key id over the keys not yet under the current secret: a re-wrapped
      // key leaves the listing without shifting the pages after it.
      const page = await store.listSubjectKeys(
        { notWrappedBy: wrapKid },
        after === undefined ? { limit: want } : { limit: want, after },
      );
      for (const record of page.items) {
        const outcome = await rewrapOne(record, wrapKid);
        if (typeof outcome === 'string') counts[outcome]++;
        else unreadable.push(outcome);
      }
      examined += page.items.length;
      if (page.nextCursor === undefined) break;
      after = page.nextCursor;
      if (examined >= limit) {
        nextCursor = after;
        break;
      }
    }
    await append({
      actor,
      action: 'journal.keys.rewrapped',
      subject: JOURNAL_KEYS,
      payload: {
        wrapKid,
        ...counts,
        unreadable: unreadable.length,
        complete: nextCursor === undefined,
      },
    });
    return { wrapKid, ...counts, unreadable, ...(nextCursor === undefined ? {} : { nextCursor }) };
  }

  async function verify(
    trustedCheckpoint?: string,
    opts: JournalVerifyOptions = {},
  ): Promise<JournalVerification> {
    const trustedKeys = keys.verificationKeys();
    const checkpoints: VerifiedCheckpoint[] = [];
    const checkpointIssues: Issue<CheckpointIssueCode>[] = [];
    let trusted: VerifiedCheckpoint | undefined;
    if (trustedCheckpoint !== undefined) {
      const r = await verifyCheckpoint(trustedCheckpoint, trustedKeys, { origin });
      if (r.success) {
        trusted = r.data;
        checkpoints.push(r.data);
      } else {
        checkpointIssues.push(
          ...r.issues.map((i) => ({ ...i, params: { ...i.params, trusted: true } })),
        );
      }
    }
    let after: string | undefined;
    for (;;) {
      const page = await store.listCheckpoints(
        after === undefined ? { limit: 500 } : { limit: 500, after },
      );
      for (const record of page.items) {
        const r = await verifyCheckpoint(record.jws, trustedKeys, { origin });
        if (!r.success)
          checkpointIssues.push(
            ...r.issues.map((i) => ({ ...i, params: { ...i.params, size: record.size } })),
          );
        else if (
          r.data.size !== record.size ||
          r.data.root !== record.root ||
          r.data.head !== record.head
        ) {
          checkpointIssues.push(
            issue('audit.checkpoint.malformed', ['jws'], { size: record.size }),
          );
        } else checkpoints.push(r.data);
      }
      if (page.nextCursor === undefined) break;
      after = page.nextCursor;
    }
    const report = await verifyChain((from, limit) => store.read(from, limit), checkpoints, {
      batchSize: BATCH,
      roots: opts.roots ?? false,
    });
    let payloads: PayloadSummary | undefined;
    if (opts.payloads === true) {
      const counts = { present: 0, erased: 0, missing: 0, unreadable: 0, mismatch: 0 };
      let firstBadSeq: number | undefined;
      for (let from = 0; from < report.size; from += BATCH) {
        for (const entry of await store.read(from, BATCH)) {
          if (entry.payloadCommitment === null) continue;
          const view = await openPayload(entry);
          if (view.status === 'none') continue;
          counts[view.status]++;
          if (firstBadSeq === undefined && view.status !== 'present' && view.status !== 'erased')
            firstBadSeq = entry.seq;
        }
      }
      payloads = firstBadSeq === undefined ? counts : { ...counts, firstBadSeq };
    }
    const trustedOk = trustedCheckpoint === undefined || (trusted !== undefined && report.ok);
    const okAll =
      report.ok &&
      checkpointIssues.length === 0 &&
      trustedOk &&
      payloads?.firstBadSeq === undefined;
    return {
      ...report,
      ok: okAll,
      checkpointIssues,
      ...(trusted === undefined
        ? {}
        : {
            trusted: {
              size: trusted.size,
              matched:
                report.signedSize >= trusted.size &&
                (report.ok || (report.firstBadSeq ?? 0) >= trusted.size),
            },
          }),
      ...(payloads === undefined ? {} : { payloads }),
    };
  }

  return {
    origin,
    append,
    checkpoint: () =>
      serial(async () => {
        const size = await chainSize();
        const latest = await store.latestCheckpoint();
        if (size === 0 || (latest !== undefined && latest.size >= size)) return latest;
        const last = (await store.read(size - 1, 1))[0]!;
        return (await signAt(size, last.hash)) ?? (await store.latestCheckpoint());
      }),
    verify,
    async proveInclusion(seq, size) {
      const n = await checkedSize(size, 1, 'inclusion proof');
      if (!Number.isSafeInteger(seq) || seq < 0 || seq >= n) {
        throw new KabinetError('ERR_INVALID_ARGUMENT', `entry ${seq} is not in a tree of ${n}`, {
          details: { seq, size: n },
        });
      }
      const [leafHash] = await leafHashes(seq, seq + 1);
      return {
        seq,
        size: n,
        leafHash: leafHash!,
        proof: await subtreeHashes(inclusionRanges(n, seq)),
        root: await treeRoot(n),
      };
    },
    async proveConsistency(size1, size2) {
      const n = await checkedSize(size2, 0, 'consistency proof');
      const proof = await subtreeHashes(consistencyRanges(n, size1));
      return { size1, size2: n, root1: await treeRoot(size1), root2: await treeRoot(n), proof };
    },
    query: (filter, page) => store.query(filter, page),
    async events(filter, page) {
      const entries = await store.query(filter, page);
      const items: JournalEvent[] = [];
      for (const entry of entries.items) items.push({ entry, payload: await openPayload(entry) });
      return entries.nextCursor === undefined
        ? { items }
        : { items, nextCursor: entries.nextCursor };
    },
    history,
    async contactVersions(subject, kind, untilSeq) {
      return foldContactVersions(
        await history(subject, untilSeq === undefined ? {} : { untilSeq }),
        kind,
      );
    },
    async restoreContact(input) {
      const versions = foldContactVersions(await history(input.subject), input.kind);
      const target = versions.find((v) => v.seq === input.fromSeq);
      if (target === undefined)
        return fail(issue('audit.restore.unknown_version', ['fromSeq'], { seq: input.fromSeq }));
      if (target.value === null)
        return fail(issue('audit.restore.erased', ['fromSeq'], { seq: input.fromSeq }));
      const current = versions[versions.length - 1]!;
      if (current.value === target.value)
        return fail(issue('audit.restore.unchanged', ['fromSeq'], { seq: input.fromSeq }));
      const entry = await append({
        actor: input.actor,
        action: 'contact.restored',
        subject: input.subject,
        payload: {
          kind: input.kind,
          before: current.value,
          after: target.value,
          fromSeq: target.seq,
        },
      });
      return ok(entry);
    },
    async loginLog(subject, untilSeq) {
      return foldLoginLog(await history(subject, untilSeq === undefined ? {} : { untilSeq }));
    },
    openPayload,
    async erase(subject, actor) {
      const erasure = await store.eraseSubject({ type: subject.type, id: subject.id }, clock.now());
      dataKeys.delete(partyKey(subject));
      await append({ actor, action: 'journal.subject.erased', subject });
      return erasure;
    },
    rewrapSubjectKeys,
  };
}
