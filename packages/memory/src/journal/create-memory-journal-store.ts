import { ConflictError } from '@kabinet/core';
import {
  isSha256Hex,
  JOURNAL_GENESIS_HASH,
  type JournalCheckpointRecord,
  type JournalEntry,
  type JournalBatchSealer,
  type JournalErasure,
  type JournalParty,
  type JournalPendingEntry,
  type JournalPayloadRecord,
  type JournalQuery,
  type JournalSealedPayload,
  type JournalStore,
  type JournalSubjectKey,
  type JournalSubjectKeyFilter,
  type Page,
  type PageRequest,
} from '@kabinet/ports';
import { invalidArgument } from '../_lib/misuse.js';
import {
  insertSorted,
  removeSorted,
  upperBound as upperBoundString,
} from '../_lib/sorted-strings.js';

/**
 * A {@link JournalStore} in memory, with read-only back doors that show exactly what is
 * stored (for contract suites and demos).
 *
 * @example
 * ```ts
 * const store = createMemoryJournalStore();
 * store.size; // 0
 * ```
 */
export interface MemoryJournalStore extends JournalStore {
  /** Number of entries. */
  readonly size: number;
  /** The stored entry `seq` serialised as JSON, or `undefined` (a back door past the read path). */
  peekEntry(seq: number): string | undefined;
  /** The stored payload record of entry `seq` serialised as JSON, or `undefined`. */
  peekPayload(seq: number): string | undefined;
  /** The stored data key of a subject serialised as JSON, or `undefined`. */
  peekSubjectKey(subject: JournalParty): string | undefined;
  /** Number of entries waiting in the outbox. */
  readonly pendingCount: number;
  /**
   * Queues an entry in the journal's outbox (what a memory unit of work's `enqueue` calls).
   * @throws ConflictError when a sealed payload's key is not the subject's current data key
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or an erased payload
   */
  enqueue(entry: JournalPendingEntry): void;
  /**
   * Moves up to `limit` of the oldest pending entries into the chain, synchronously and all or
   * nothing: the entries `seal` computes after the head, with their payloads (sealed, or erased
   * when their subject was erased while they waited). Used by `createMemoryJournalOutbox`.
   * @throws KabinetError `ERR_INVALID_ARGUMENT` when `seal` returns entries that do not follow the head
   */
  sequencePending(limit: number, seal: JournalBatchSealer): readonly JournalEntry[];
}

const partyKey = (p: JournalParty): string => `${p.type}\u0000${p.id}`;
const MAX_LIMIT = 1000;

function party(value: JournalParty, what: string): JournalParty {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.type !== 'string' ||
    typeof value.id !== 'string'
  ) {
    invalidArgument(`${what} must be { type, id } strings`);
  }
  return Object.freeze({ type: value.type, id: value.id });
}

function copyEntry(
  e: JournalEntry,
  intern: (p: JournalParty, what: string) => JournalParty,
): JournalEntry {
  if (typeof e !== 'object' || e === null) invalidArgument('a journal entry is an object');
  if (
    e.v !== 1 ||
    !Number.isSafeInteger(e.seq) ||
    e.seq < 0 ||
    !Number.isSafeInteger(e.ts) ||
    e.ts < 0 ||
    typeof e.action !== 'string'
  ) {
    invalidArgument('malformed journal entry', { seq: String(e.seq) });
  }
  // `prev` is compared with the last stored hash before anything is written, so only `hash` and the commitment need the form check.
  if (
    !isSha256Hex(e.hash) ||
    typeof e.prev !== 'string' ||
    (e.payloadCommitment !== null && !isSha256Hex(e.payloadCommitment))
  ) {
    invalidArgument('journal entry hashes are 64 lower-case hex characters', { seq: e.seq });
  }
  return Object.freeze({
    v: 1,
    seq: e.seq,
    ts: e.ts,
    actor: intern(e.actor, 'actor'),
    action: e.action,
    subject: intern(e.subject, 'subject'),
    payloadCommitment: e.payloadCommitment,
    prev: e.prev,
    hash: e.hash,
  });
}

function checkLimit(page: PageRequest): void {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_LIMIT)
    invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(page.limit) });
}

function checkPage(page: PageRequest): number | undefined {
  checkLimit(page);
  if (page.after === undefined) return undefined;
  if (typeof page.after !== 'string' || !/^(0|[1-9][0-9]{0,15})$/.test(page.after))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  return Number(page.after);
}

/** A stored copy of a data key, checked and frozen. */
function copySubjectKey(key: JournalSubjectKey): JournalSubjectKey {
  if (typeof key !== 'object' || key === null) invalidArgument('a subject key is an object');
  const subject = party(key.subject, 'subject');
  if (
    typeof key.id !== 'string' ||
    key.id === '' ||
    typeof key.wrapKid !== 'string' ||
    typeof key.wrapped !== 'string' ||
    !Number.isSafeInteger(key.createdAt)
  ) {
    invalidArgument('malformed subject key');
  }
  return Object.freeze({
    id: key.id,
    subject,
    wrapKid: key.wrapKid,
    wrapped: key.wrapped,
    createdAt: key.createdAt,
  });
}

/** A pending entry checked and frozen (a sealed payload, or none). */
function copyPending(p: JournalPendingEntry): JournalPendingEntry {
  if (typeof p !== 'object' || p === null) invalidArgument('a pending journal entry is an object');
  if (
    !Number.isSafeInteger(p.ts) ||
    p.ts < 0 ||
    typeof p.action !== 'string' ||
    (p.payloadCommitment !== null && !isSha256Hex(p.payloadCommitment))
  ) {
    invalidArgument('malformed pending journal entry');
  }
  const actor = party(p.actor, 'actor');
  const subject = party(p.subject, 'subject');
  const base = {
    ts: p.ts,
    actor,
    action: p.action,
    subject,
    payloadCommitment: p.payloadCommitment,
  };
  if (p.payload === undefined) return Object.freeze(base);
  const payload = p.payload;
  if (
    payload.state !== 'sealed' ||
    typeof payload.keyId !== 'string' ||
    typeof payload.iv !== 'string' ||
    typeof payload.ciphertext !== 'string'
  ) {
    invalidArgument('an enqueued payload is sealed');
  }
  if (p.payloadCommitment === null)
    invalidArgument('a payload needs an entry with a payload commitment');
  return Object.freeze({
    ...base,
    payload: Object.freeze({
      state: 'sealed' as const,
      keyId: payload.keyId,
      iv: payload.iv,
      ciphertext: payload.ciphertext,
    }),
  });
}

/** Whether two data keys are the same record, field by field. */
function sameSubjectKey(a: JournalSubjectKey, b: JournalSubjectKey): boolean {
  return (
    a.id === b.id &&
    a.wrapKid === b.wrapKid &&
    a.wrapped === b.wrapped &&
    a.createdAt === b.createdAt &&
    partyKey(a.subject) === partyKey(b.subject)
  );
}

/** First index in a sorted number array whose value is > x. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First entry index whose ts is ≥ t (entries are in non-decreasing ts order). */
function firstAtOrAfter(entries: readonly JournalEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.ts < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Creates an in-memory journal store. Entries are copied and frozen on the way in, so neither
 * the caller's objects nor the returned ones can change what is stored; there is no method
 * that edits or deletes an entry. Appends are checked against the head (`seq` = size, `prev` =
 * last hash, non-decreasing `ts`) synchronously, so concurrent appenders on one event loop can
 * never leave a gap or fork. Queries use per-subject, per-actor and per-action indexes and a
 * binary search on time. Subject keys are listed through a sorted index of key ids (a page
 * costs its size plus the keys the filter skips, never a copy of the whole set), and
 * `replaceSubjectKey` compares and swaps synchronously, so an erasure on the same event loop
 * is never undone.
 *
 * @returns the store
 * @example
 * ```ts
 * import { createMemoryJournalStore } from '@kabinet/memory';
 * import { createJournal } from '@kabinet/audit';
 * const journal = createJournal({ store: createMemoryJournalStore(), keys, clock });
 * ```
 */
export function createMemoryJournalStore(): MemoryJournalStore {
  const entries: JournalEntry[] = [];
  const bySubject = new Map<string, number[]>();
  const byActor = new Map<string, number[]>();
  const byAction = new Map<string, number[]>();
  const payloads = new Map<number, JournalPayloadRecord>();
  const payloadsBySubject = new Map<string, number[]>();
  const subjectKeys = new Map<string, JournalSubjectKey>();
  // Key ids in ascending order and the subject owning each: the keyset index of listSubjectKeys.
  const keyIds: string[] = [];
  const keyOwners = new Map<string, string>();
  const checkpoints: JournalCheckpointRecord[] = [];
  // The outbox: entries enqueued by units of work, oldest first, until the sequencer moves them.
  let pending: JournalPendingEntry[] = [];
  // One frozen copy per distinct party: entries share it, which saves memory and allocations.
  // Parties interned by type, then id: the strings a caller passes keep their cached hashes, so
  // the per-append lookups build no key; each interned party's index key is built once.
  const parties = new Map<string, Map<string, JournalParty>>();
  const indexKeys = new WeakMap<JournalParty, string>();
  const intern = (p: JournalParty, what: string): JournalParty => {
    if (
      typeof p !== 'object' ||
      p === null ||
      typeof p.type !== 'string' ||
      typeof p.id !== 'string'
    )
      return party(p, what);
    let byId = parties.get(p.type);
    if (byId === undefined) {
      byId = new Map();
      parties.set(p.type, byId);
    }
    let known = byId.get(p.id);
    if (known === undefined) {
      known = party(p, what);
      byId.set(p.id, known);
      indexKeys.set(known, partyKey(known));
    }
    return known;
  };
  const keyOf = (p: JournalParty): string => indexKeys.get(p) ?? partyKey(p);

  const index = (map: Map<string, number[]>, key: string, seq: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [seq]);
    else list.push(seq);
  };

  function matches(
    e: JournalEntry,
    filter: JournalQuery,
    actions: ReadonlySet<string> | undefined,
  ): boolean {
    if (
      filter.subject !== undefined &&
      (e.subject.type !== filter.subject.type || e.subject.id !== filter.subject.id)
    )
      return false;
    if (
      filter.actor !== undefined &&
      (e.actor.type !== filter.actor.type || e.actor.id !== filter.actor.id)
    )
      return false;
    if (actions !== undefined && !actions.has(e.action)) return false;
    if (filter.from !== undefined && e.ts < filter.from) return false;
    if (filter.to !== undefined && e.ts >= filter.to) return false;
    return true;
  }

  /** Writes a checked entry, its indexes and its payload record. */
  function write(stored: JournalEntry, payload: JournalPayloadRecord | undefined): void {
    entries.push(stored);
    const subjectKey = keyOf(stored.subject);
    index(bySubject, subjectKey, stored.seq);
    index(byActor, keyOf(stored.actor), stored.seq);
    index(byAction, stored.action, stored.seq);
    if (payload !== undefined) {
      payloads.set(stored.seq, payload);
      index(payloadsBySubject, subjectKey, stored.seq);
    }
  }

  /** The candidate seqs (ascending) from the most selective index, or `undefined` for a scan. */
  function candidates(
    filter: JournalQuery,
    actions: ReadonlySet<string> | undefined,
  ): readonly number[] | undefined {
    const lists: (readonly number[])[] = [];
    if (filter.subject !== undefined) lists.push(bySubject.get(partyKey(filter.subject)) ?? []);
    if (filter.actor !== undefined) lists.push(byActor.get(partyKey(filter.actor)) ?? []);
    if (actions !== undefined) {
      if (actions.size === 1) lists.push(byAction.get([...actions][0]!) ?? []);
      else lists.push([...actions].flatMap((a) => byAction.get(a) ?? []).sort((a, b) => a - b));
    }
    if (lists.length === 0) return undefined;
    return lists.reduce((best, list) => (list.length < best.length ? list : best));
  }

  return {
    get size() {
      return entries.length;
    },

    async append(entry, payload) {
      const stored = copyEntry(entry, intern);
      const last = entries[entries.length - 1];
      if (stored.seq !== entries.length || stored.prev !== (last?.hash ?? JOURNAL_GENESIS_HASH)) {
        throw new ConflictError('journal-entry', String(stored.seq), entries.length);
      }
      if (last !== undefined && stored.ts < last.ts)
        invalidArgument('journal time must not go backwards', {
          seq: stored.seq,
          ts: stored.ts,
          previousTs: last.ts,
        });
      let sealed: JournalSealedPayload | undefined;
      if (payload !== undefined) {
        if (
          payload.state !== 'sealed' ||
          payload.seq !== stored.seq ||
          partyKey(payload.subject) !== partyKey(stored.subject)
        ) {
          invalidArgument('a payload must be sealed and belong to its entry (seq and subject)', {
            seq: stored.seq,
          });
        }
        if (stored.payloadCommitment === null)
          invalidArgument('a payload needs an entry with a payload commitment', {
            seq: stored.seq,
          });
        if (
          typeof payload.keyId !== 'string' ||
          typeof payload.iv !== 'string' ||
          typeof payload.ciphertext !== 'string'
        ) {
          invalidArgument('malformed sealed payload', { seq: stored.seq });
        }
        const key = subjectKeys.get(partyKey(stored.subject));
        if (key === undefined || key.id !== payload.keyId)
          throw new ConflictError('journal-subject-key', partyKey(stored.subject), 0);
        sealed = Object.freeze({
          state: 'sealed',
          seq: stored.seq,
          subject: stored.subject,
          keyId: payload.keyId,
          iv: payload.iv,
          ciphertext: payload.ciphertext,
        });
      }
      // Everything is checked: write the entry, its indexes and its payload together.
      write(stored, sealed);
    },

    async head() {
      return entries[entries.length - 1];
    },

    async read(fromSeq, limit) {
      if (!Number.isSafeInteger(fromSeq) || fromSeq < 0)
        invalidArgument('fromSeq must be a non-negative integer', { fromSeq: String(fromSeq) });
      if (!Number.isSafeInteger(limit) || limit < 0)
        invalidArgument('limit must be a non-negative integer', { limit: String(limit) });
      return entries.slice(fromSeq, fromSeq + limit);
    },

    async query(filter, page) {
      const after = checkPage(page);
      const actions =
        filter.action === undefined
          ? undefined
          : new Set(typeof filter.action === 'string' ? [filter.action] : filter.action);
      const desc = filter.order === 'desc';
      const items: JournalEntry[] = [];
      const list = candidates(filter, actions);
      let more = false;
      const take = (e: JournalEntry): boolean => {
        if (!matches(e, filter, actions)) return true;
        if (items.length === page.limit) {
          more = true;
          return false;
        }
        items.push(e);
        return true;
      };
      if (list !== undefined) {
        if (desc) {
          const start = after === undefined ? list.length - 1 : upperBound(list, after - 1) - 1;
          for (let i = start; i >= 0 && take(entries[list[i]!]!); i--);
        } else {
          for (
            let i = after === undefined ? 0 : upperBound(list, after);
            i < list.length && take(entries[list[i]!]!);
            i++
          );
        }
      } else {
        const lo = filter.from === undefined ? 0 : firstAtOrAfter(entries, filter.from);
        const hi = filter.to === undefined ? entries.length : firstAtOrAfter(entries, filter.to);
        if (desc) {
          for (let i = Math.min(hi, after ?? hi) - 1; i >= lo && take(entries[i]!); i--);
        } else {
          for (
            let i = Math.max(lo, after === undefined ? lo : after + 1);
            i < hi && take(entries[i]!);
            i++
          );
        }
      }
      return more ? { items, nextCursor: String(items[items.length - 1]!.seq) } : { items };
    },

    async getPayload(seq) {
      return payloads.get(seq);
    },

    async getSubjectKey(subject) {
      return subjectKeys.get(partyKey(subject));
    },

    async ensureSubjectKey(key) {
      const name = partyKey(party(key.subject, 'subject'));
      const existing = subjectKeys.get(name);
      if (existing !== undefined) return existing;
      const stored = copySubjectKey(key);
      if (keyOwners.has(stored.id)) throw new ConflictError('journal-subject-key', stored.id, 0);
      subjectKeys.set(name, stored);
      keyOwners.set(stored.id, name);
      insertSorted(keyIds, stored.id);
      return stored;
    },

    async listSubjectKeys(filter: JournalSubjectKeyFilter, page): Promise<Page<JournalSubjectKey>> {
      checkLimit(page);
      if (page.after !== undefined && (typeof page.after !== 'string' || page.after === ''))
        invalidArgument('malformed page cursor', { after: String(page.after) });
      const notWrappedBy = filter.notWrappedBy;
      if (notWrappedBy !== undefined && typeof notWrappedBy !== 'string')
        invalidArgument('notWrappedBy is a kid string');
      const items: JournalSubjectKey[] = [];
      let more = false;
      // Walks the id index from the cursor; only the page is copied (the records are frozen).
      for (
        let i = page.after === undefined ? 0 : upperBoundString(keyIds, page.after);
        i < keyIds.length;
        i++
      ) {
        const key = subjectKeys.get(keyOwners.get(keyIds[i]!)!)!;
        if (key.wrapKid === notWrappedBy) continue;
        if (items.length === page.limit) {
          more = true;
          break;
        }
        items.push(key);
      }
      return more ? { items, nextCursor: items[items.length - 1]!.id } : { items };
    },

    async replaceSubjectKey(expected, next) {
      const stored = copySubjectKey(next);
      if (
        typeof expected !== 'object' ||
        expected === null ||
        stored.id !== expected.id ||
        stored.createdAt !== expected.createdAt ||
        partyKey(stored.subject) !== partyKey(party(expected.subject, 'subject'))
      ) {
        invalidArgument('a re-wrapped subject key keeps its id, subject and createdAt');
      }
      const name = partyKey(stored.subject);
      const current = subjectKeys.get(name);
      // Erased (absent), replaced by a new key, or re-wrapped meanwhile: the swap loses.
      if (current === undefined || !sameSubjectKey(current, expected)) return false;
      subjectKeys.set(name, stored);
      return true;
    },

    async eraseSubject(subject, erasedAt) {
      const who = party(subject, 'subject');
      const name = partyKey(who);
      const key = subjectKeys.get(name);
      const keyDeleted = subjectKeys.delete(name);
      if (key !== undefined) {
        keyOwners.delete(key.id);
        removeSorted(keyIds, key.id);
      }
      let payloadsErased = 0;
      for (const seq of payloadsBySubject.get(name) ?? []) {
        const record = payloads.get(seq);
        if (record?.state !== 'sealed') continue;
        payloads.set(
          seq,
          Object.freeze({ state: 'erased', seq, subject: record.subject, erasedAt }),
        );
        payloadsErased++;
      }
      // Payloads still in the outbox are erased too: they reach the chain erased.
      pending = pending.map((p) =>
        p.payload?.state === 'sealed' && partyKey(p.subject) === name
          ? Object.freeze({ ...p, payload: Object.freeze({ state: 'erased' as const, erasedAt }) })
          : p,
      );
      const erasure: JournalErasure = { subject: who, erasedAt, payloadsErased, keyDeleted };
      return erasure;
    },

    async putCheckpoint(checkpoint) {
      if (
        !Number.isSafeInteger(checkpoint.size) ||
        checkpoint.size < 0 ||
        checkpoint.size > entries.length
      ) {
        invalidArgument('a checkpoint cannot cover more entries than the chain holds', {
          size: String(checkpoint.size),
          chainSize: entries.length,
        });
      }
      const latest = checkpoints[checkpoints.length - 1];
      if (latest !== undefined && latest.size >= checkpoint.size)
        throw new ConflictError('journal-checkpoint', String(checkpoint.size), latest.size);
      checkpoints.push(
        Object.freeze({
          size: checkpoint.size,
          root: checkpoint.root,
          head: checkpoint.head,
          ts: checkpoint.ts,
          kid: checkpoint.kid,
          jws: checkpoint.jws,
          ...(checkpoint.frontier === undefined
            ? {}
            : { frontier: Object.freeze([...checkpoint.frontier]) }),
        }),
      );
    },

    async latestCheckpoint() {
      return checkpoints[checkpoints.length - 1];
    },

    async listCheckpoints(page): Promise<Page<JournalCheckpointRecord>> {
      const after = checkPage(page) ?? -1;
      const start = checkpoints.findIndex((c) => c.size > after);
      if (start === -1) return { items: [] };
      const items = checkpoints.slice(start, start + page.limit);
      return start + page.limit < checkpoints.length
        ? { items, nextCursor: String(items[items.length - 1]!.size) }
        : { items };
    },

    get pendingCount() {
      return pending.length;
    },

    enqueue(entry) {
      const copy = copyPending(entry);
      if (
        copy.payload?.state === 'sealed' &&
        subjectKeys.get(partyKey(copy.subject))?.id !== copy.payload.keyId
      ) {
        throw new ConflictError('journal-subject-key', partyKey(copy.subject), 0);
      }
      pending.push(copy);
    },

    sequencePending(limit, seal) {
      if (!Number.isInteger(limit) || limit < 1)
        invalidArgument('limit must be a positive integer', { limit: String(limit) });
      const batch = pending.slice(0, limit);
      if (batch.length === 0) return [];
      const head = entries[entries.length - 1];
      const sealed = seal(batch, head);
      const returned: unknown = sealed;
      if (!Array.isArray(returned) || sealed.length !== batch.length)
        invalidArgument('seal must return one entry per pending entry');
      // Check the whole batch before writing any of it: all or nothing.
      let prevHash = head?.hash ?? JOURNAL_GENESIS_HASH;
      let prevTs = head?.ts ?? 0;
      const checked = sealed.map((e, i) => {
        const stored = copyEntry(e, intern);
        const p = batch[i]!;
        if (
          stored.seq !== entries.length + i ||
          stored.prev !== prevHash ||
          stored.ts < prevTs ||
          stored.action !== p.action ||
          stored.payloadCommitment !== p.payloadCommitment ||
          partyKey(stored.subject) !== partyKey(p.subject) ||
          partyKey(stored.actor) !== partyKey(p.actor)
        ) {
          invalidArgument('seal must return the pending entries in order, chained after the head', {
            seq: stored.seq,
          });
        }
        prevHash = stored.hash;
        prevTs = stored.ts;
        return stored;
      });
      checked.forEach((stored, i) => {
        const p = batch[i]!.payload;
        write(
          stored,
          p === undefined
            ? undefined
            : p.state === 'sealed'
              ? Object.freeze({
                  state: 'sealed',
                  seq: stored.seq,
                  subject: stored.subject,
                  keyId: p.keyId,
                  iv: p.iv,
                  ciphertext: p.ciphertext,
                })
              : Object.freeze({
                  state: 'erased',
                  seq: stored.seq,
                  subject: stored.subject,
                  erasedAt: p.erasedAt,
                }),
        );
      });
      pending = pending.slice(batch.length);
      return checked;
    },

    peekEntry: (seq) => {
      const e = entries[seq];
      return e === undefined ? undefined : JSON.stringify(e);
    },
    peekPayload: (seq) => {
      const p = payloads.get(seq);
      return p === undefined ? undefined : JSON.stringify(p);
    },
    peekSubjectKey: (subject) => {
      const k = subjectKeys.get(partyKey(subject));
      return k === undefined ? undefined : JSON.stringify(k);
    },
  };
}
