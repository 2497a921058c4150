import { KabinetError, type Clock, type Random } from '@kabinet/core';
import type { JournalParty, JournalStore, KeyProvider } from '@kabinet/ports';
import type { Lru } from './lru.js';
import { newSubjectKey, partyKey, unwrapSubjectKey } from './subject-key.js';

/** A subject's data key, unwrapped, with the id its payloads name. */
export interface DataKey {
  readonly id: string;
  readonly key: Uint8Array;
}

/** Where a subject's data key is read and created (the store, or a unit of work's keys). */
export type SubjectKeySource = Pick<JournalStore, 'getSubjectKey' | 'ensureSubjectKey'>;

/** What {@link subjectDataKey} needs besides the source. */
export interface DataKeyDeps {
  readonly keys: KeyProvider;
  readonly clock: Clock;
  readonly random: Random;
  /** Unwrapped keys by `partyKey(subject)`. */
  readonly dataKeys: Lru<string, DataKey>;
}

/**
 * The subject's data key: from the cache, else read from `source`, else created there (when
 * another writer created one first, that one is unwrapped instead).
 *
 * @throws KabinetError `ERR_CRYPTO` when the key cannot be unwrapped (its `journal-payload`
 *   secret is gone)
 */
export async function subjectDataKey(
  deps: DataKeyDeps,
  source: SubjectKeySource,
  subject: JournalParty,
): Promise<DataKey> {
  const name = partyKey(subject);
  const cached = deps.dataKeys.get(name);
  if (cached !== undefined) return cached;
  let record = await source.getSubjectKey(subject);
  let key: Uint8Array | undefined;
  if (record === undefined) {
    const fresh = newSubjectKey(subject, deps.keys, deps.clock.now(), deps.random);
    record = await source.ensureSubjectKey(fresh.record);
    key = record.id === fresh.record.id ? fresh.key : unwrapSubjectKey(record, deps.keys);
  } else {
    key = unwrapSubjectKey(record, deps.keys);
  }
  if (key === undefined) {
    throw new KabinetError(
      'ERR_CRYPTO',
      'cannot unwrap the subject data key: is its journal-payload secret still configured?',
      { details: { wrapKid: record.wrapKid } },
    );
  }
  const entry = { id: record.id, key };
  deps.dataKeys.set(name, entry);
  return entry;
}
