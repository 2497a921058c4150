import type { JournalErasure, JournalParty } from '@kabinet/ports';
import { removeSorted } from '../_lib/sorted-strings.js';
import { party, partyKey } from './_lib/journal-records.js';
import type { MemoryJournalState } from './_lib/journal-state.js';

/**
 * The memory store's `eraseSubject`: deletes the subject's data key and marks its sealed
 * payloads erased, in the chain and in the outbox (they reach the chain erased).
 *
 * @param state - the store's state
 * @param subject - whose key and payloads
 * @param erasedAt - when (epoch ms)
 * @returns what was erased
 * @example
 * ```ts
 * const erasure = eraseJournalSubject(state, { type: 'account', id: 'acc_1' }, clock.now());
 * ```
 */
export function eraseJournalSubject(
  state: MemoryJournalState,
  subject: JournalParty,
  erasedAt: number,
): JournalErasure {
  const who = party(subject, 'subject');
  const name = partyKey(who);
  const key = state.subjectKeys.get(name);
  const keyDeleted = state.subjectKeys.delete(name);
  if (key !== undefined) {
    state.keyOwners.delete(key.id);
    removeSorted(state.keyIds, key.id);
  }
  let payloadsErased = 0;
  for (const seq of state.payloadsBySubject.get(name) ?? []) {
    const record = state.payloads.get(seq);
    if (record?.state !== 'sealed') continue;
    state.payloads.set(
      seq,
      Object.freeze({ state: 'erased', seq, subject: record.subject, erasedAt }),
    );
    payloadsErased++;
  }
  // Payloads still in the outbox are erased too: they reach the chain erased.
  state.pending = state.pending.map((p) =>
    p.payload?.state === 'sealed' && partyKey(p.subject) === name
      ? Object.freeze({ ...p, payload: Object.freeze({ state: 'erased' as const, erasedAt }) })
      : p,
  );
  return { subject: who, erasedAt, payloadsErased, keyDeleted };
}
