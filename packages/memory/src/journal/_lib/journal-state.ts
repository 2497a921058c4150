import type {
  JournalCheckpointRecord,
  JournalEntry,
  JournalParty,
  JournalPayloadRecord,
  JournalPendingEntry,
  JournalSubjectKey,
} from '@kabinet/ports';
import { party, partyKey } from './journal-records.js';

/** What a memory journal store holds: the chain, its indexes, payloads, keys, checkpoints, outbox. */
export interface MemoryJournalState {
  /** The chain, `entries[seq]`. */
  readonly entries: JournalEntry[];
  /** Seqs by subject, actor and action index keys, ascending. */
  readonly bySubject: Map<string, number[]>;
  readonly byActor: Map<string, number[]>;
  readonly byAction: Map<string, number[]>;
  readonly payloads: Map<number, JournalPayloadRecord>;
  /** Seqs with a payload record, by subject. */
  readonly payloadsBySubject: Map<string, number[]>;
  /** Data keys by `partyKey(subject)`. */
  readonly subjectKeys: Map<string, JournalSubjectKey>;
  /** Key ids in ascending order: the keyset index of `listSubjectKeys`. */
  readonly keyIds: string[];
  /** The subject (`partyKey`) owning each key id. */
  readonly keyOwners: Map<string, string>;
  readonly checkpoints: JournalCheckpointRecord[];
  /** The outbox: entries enqueued by units of work, oldest first, until the sequencer moves them. */
  pending: JournalPendingEntry[];
  /** The one frozen copy of a party that every entry naming it shares (checked when new). */
  readonly intern: (p: JournalParty, what: string) => JournalParty;
  /** The index key of a party, cached for interned ones. */
  readonly keyOf: (p: JournalParty) => string;
}

/** An empty journal state. */
export function createJournalState(): MemoryJournalState {
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
  return {
    entries: [],
    bySubject: new Map(),
    byActor: new Map(),
    byAction: new Map(),
    payloads: new Map(),
    payloadsBySubject: new Map(),
    subjectKeys: new Map(),
    keyIds: [],
    keyOwners: new Map(),
    checkpoints: [],
    pending: [],
    intern,
    keyOf: (p) => indexKeys.get(p) ?? partyKey(p),
  };
}

const index = (map: Map<string, number[]>, key: string, seq: number): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [seq]);
  else list.push(seq);
};

/** Writes a checked entry, its indexes and its payload record. */
export function writeEntry(
  state: MemoryJournalState,
  stored: JournalEntry,
  payload: JournalPayloadRecord | undefined,
): void {
  state.entries.push(stored);
  const subjectKey = state.keyOf(stored.subject);
  index(state.bySubject, subjectKey, stored.seq);
  index(state.byActor, state.keyOf(stored.actor), stored.seq);
  index(state.byAction, stored.action, stored.seq);
  if (payload !== undefined) {
    state.payloads.set(stored.seq, payload);
    index(state.payloadsBySubject, subjectKey, stored.seq);
  }
}
