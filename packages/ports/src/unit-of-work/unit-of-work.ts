import type { JournalStore } from '../journal/journal-store.js';
import type { PaymentStore } from '../payments/payment-store.js';
import type { SlotStore } from '../slots/slot-store.js';
import type { StoreRecord, VersionedStore } from '../store/versioned-store.js';
import type { JournalPendingEntry } from './journal-outbox.js';

/**
 * What a step of a domain service works with inside a {@link UnitOfWork}: stores bound to the
 * unit, and the journal outbox. Use only these inside the unit (on an embedded database with
 * one connection, any other store would wait for the unit's own connection).
 *
 * @example
 * ```ts
 * await unitOfWork.run(async (scope) => {
 *   const accounts = scope.versioned<AccountRecord>('accounts');
 *   await accounts.update(next, stored.version);
 *   await journal.enqueue(scope, { actor, action: 'contact.changed', subject, payload });
 * });
 * ```
 */
export interface UnitOfWorkScope {
  /** The versioned store of `collection`, writing as part of this unit. */
  versioned<T extends StoreRecord>(collection: string): VersionedStore<T>;
  /**
   * Payments, attempts, methods, idempotency keys and processed callbacks, writing as part of
   * this unit.
   * @throws KabinetError `ERR_CONFIG` when the unit of work was made without a payment store
   */
  readonly payments: PaymentStore;
  /** Slot seats, on the unit's connection. */
  readonly slots: SlotStore;
  /** The journal's subject data keys, read and created as part of this unit (the enqueuer seals payloads with them). */
  readonly journalKeys: Pick<JournalStore, 'getSubjectKey' | 'ensureSubjectKey'>;
  /**
   * Queues a journal entry that commits with the unit's writes, or not at all. A sealed
   * payload's key is held until the unit ends, so an erasure of its subject waits and then
   * erases it too (S-12).
   *
   * An adapter may resolve before the database has checked the payload's key (PostgreSQL with a
   * pipelined pool sends the entry with the unit's COMMIT, saving a round trip). A key found
   * stale then calls `onRefused` and fails the whole unit: `run` rejects with `ConflictError`
   * and nothing of the unit is kept; run the unit again (with the current key).
   *
   * @param entry - the pending entry (payload sealed, or none)
   * @param onRefused - told when the database refuses the payload's key after `enqueue` resolved
   * @throws ConflictError when the payload's `keyId` is found not (or no longer) the subject's
   *   data key before `enqueue` resolves: re-seal with the current key and enqueue again; the
   *   unit itself is not harmed
   * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed entry or an erased payload
   */
  enqueue(entry: JournalPendingEntry, onRefused?: (conflict: unknown) => void): Promise<void>;
}

/**
 * A unit of work through the ports (DESIGN.md principle 7): a step's aggregate writes and its
 * journal entries commit together or not at all. On PostgreSQL it is one transaction whose
 * journal entries go to an outbox table, so journaled writes are not serialised on the
 * chain's head; a sequencer moves them into the chain afterwards. In memory, writes take
 * effect at once as before and entries are sequenced when the unit ends.
 *
 * @example
 * ```ts
 * const result = await unitOfWork.run(async (scope) => {
 *   const payments = scope.versioned<PaymentRecord>('payments');
 *   const written = await payments.update(paid, current.version); // ConflictError rolls the unit back
 *   await journal.enqueue(scope, { actor, action: 'payment.succeeded', subject: actor, payload: { paymentId } });
 *   return written;
 * });
 * ```
 */
export interface UnitOfWork {
  /**
   * Whether a unit that throws keeps none of its writes (a database transaction). `false` for
   * memory: writes take effect at once and a failed unit's earlier writes stay, so callers undo
   * them themselves.
   */
  readonly atomic: boolean;
  /**
   * Runs `work` as one unit: committed when it resolves, rolled back when it throws (the
   * error is rethrown). The scope is valid only until the returned promise settles.
   *
   * @throws whatever `work` throws; KabinetError `ERR_UNAVAILABLE` when the store cannot commit
   */
  run<R>(work: (scope: UnitOfWorkScope) => Promise<R>): Promise<R>;
}
