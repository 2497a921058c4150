import type { Stored } from '@kabinet/ports';
import type { ChallengeRecord } from '../challenge-record.js';

/** A stored challenge without its version, to write back. */
export function plain(record: Stored<ChallengeRecord>): ChallengeRecord {
  const { version: _version, ...rest } = record;
  return rest;
}

/** A stored challenge that is no longer the live one (spent or superseded): without its version and its lookup key. */
export function withoutLookupKey(
  record: Stored<ChallengeRecord>,
  patch: Partial<Pick<ChallengeRecord, 'consumedAt' | 'supersededAt'>>,
): ChallengeRecord {
  const { version: _version, lookupKey: _lookupKey, ...rest } = record;
  return { ...rest, ...patch };
}
