import type { PaymentStore, SlotStore, StoreRecord, VersionedStore } from '@kabinet/ports';
import type { JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import type { JournalAppendInput } from '../entry/check-append-input.js';

/**
 * What a domain step writes with inside one {@link JournaledUnits.run}: the versioned stores
 * of its collections and the journal. Read outside the unit, write inside it.
 *
 * @example
 * ```ts
 * await units.run(async (unit) => {
 *   await unit.versioned<AccountRecord>('accounts').update(next, stored.version);
 *   await unit.append({ actor, action: 'contact.changed', subject: actor, payload });
 * });
 * ```
 */
export interface JournaledUnit {
  /** The versioned store of `collection`, writing as part of this unit. */
  versioned<T extends StoreRecord>(collection: string): VersionedStore<T>;
  /**
   * The payment store, writing as part of this unit.
   * @throws KabinetError `ERR_CONFIG` when the units were made without one
   */
  readonly payments: PaymentStore;
  /** Slot seats, in the unit. */
  readonly slots: SlotStore;
  /** Journals an entry that commits with the unit's writes (when {@link JournaledUnits.atomic}). */
  append<A extends JournalAction>(input: JournalAppendInput<A, JournalPayloadOf<A>>): Promise<void>;
}

/**
 * Runs a step's aggregate writes and its journal entries as one unit (DESIGN.md principle 7).
 * {@link createJournaledUnits} makes them atomic over a store's unit of work (on PostgreSQL
 * one transaction with the entries in the journal's outbox); {@link directJournaledUnits}
 * writes first and appends after, for stores without one (memory).
 *
 * @example
 * ```ts
 * const written = await units.run(async (unit) => {
 *   const account = await unit.versioned<AccountRecord>('accounts').update(next, version);
 *   await unit.append({ actor, action: 'account.level_changed', subject: actor });
 *   return account;
 * });
 * ```
 */
export interface JournaledUnits {
  /** Whether a unit's writes and entries commit together or not at all (a crash between them loses nothing). */
  readonly atomic: boolean;
  /**
   * Runs `work` as one unit; when it throws, the error is rethrown (and, when atomic, nothing
   * of the unit is kept). Journal entries may reach the chain shortly after `run` resolves
   * (the sequencer moves them), in the order the units committed.
   *
   * @throws whatever `work` throws; KabinetError `ERR_UNAVAILABLE` when the store cannot commit
   */
  run<R>(work: (unit: JournaledUnit) => Promise<R>): Promise<R>;
}
