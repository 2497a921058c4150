import { ConflictError, KabinetError, type Clock } from '@kabinet/core';
import {
  checkJournalPendingEntry,
  runAfterCommit,
  type JournalStore,
  type PaymentStore,
  type SlotStore,
  type StoreRecord,
  type UnitOfWork,
  type UnitOfWorkScope,
  type VersionedStore,
} from '@kabinet/ports';
import { pipelined, runTransaction } from '../_lib/run-transaction.js';
import { entryFieldValues, journalName, journalTables } from '../_lib/journal-rows.js';
import { named, queryNamed } from '../_lib/named-statement.js';
import { scopedPool } from '../_lib/scoped-pool.js';
import type { SqlPool } from '../pool/sql-pool.js';
import { storeError } from '../_lib/store-error.js';
import { createPostgresJournalStore } from '../journal/create-postgres-journal-store.js';
import { createPostgresVersionedStore } from '../store/create-postgres-versioned-store.js';
import { createPostgresPaymentStore } from '../payments/create-postgres-payment-store.js';
import { createPostgresSlotStore } from '../slots/create-postgres-slot-store.js';

/** Options of {@link createPostgresUnitOfWork}. */
export interface PostgresUnitOfWorkOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlPool;
  /** The clock the versioned stores judge expiry by. */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`). */
  readonly schema?: string;
  /** The journal the units enqueue into (default `kabinet`). */
  readonly journal?: string;
  /** Runs after each committed unit, e.g. `() => sequencer.wake()`. */
  readonly afterCommit?: () => unknown;
  /** Hears errors thrown by `afterCommit` (the unit is committed regardless). */
  readonly onError?: (error: unknown) => void;
}

/**
 * A {@link UnitOfWork} on PostgreSQL: each `run` is one transaction on one connection. The
 * scope's versioned stores and journal keys are the package's adapters bound to that
 * transaction (their own short transactions become savepoints), and `enqueue` inserts the
 * entry into the journal's outbox table in it, so a step's state change and its journal entry
 * commit together or not at all (DESIGN.md principle 7), without waiting for the chain's head:
 * the sequencer (`createJournalSequencer` over `createPostgresJournalOutbox`) chains them
 * later. A sealed payload's data key is locked `FOR SHARE` by the enqueue, so an erasure of
 * its subject waits for the unit and then erases the payload in the outbox (S-12); a key
 * erased or replaced before is refused with `ConflictError`, without harming the unit.
 *
 * On a pool in `pg`'s pipeline mode (`new pg.Pool({ pipeline: true })`) a unit costs two round
 * trips fewer: `BEGIN` travels with the unit's first statement, and `enqueue` resolves at once,
 * its insert travelling with the unit's next statement or its COMMIT. The database still checks
 * the payload's key: a stale one makes the insert fail (the outbox's CHECK on a payload without
 * its key), the transaction aborts and the COMMIT behind it rolls back, and `run` rejects with
 * `ConflictError` (the enqueuer has dropped the stale key; run the unit again).
 *
 * A statement that fails outside a savepoint aborts the transaction: the unit then rolls back
 * and `run` rejects, even if the step caught the error. Use only the scope's stores inside a
 * unit (on PGlite the pool's one connection is the unit's).
 *
 * @param options - pool, clock, schema, journal and the after-commit hook
 * @returns the unit of work
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * const uow = createPostgresUnitOfWork({ pool, clock: systemClock, afterCommit: () => sequencer.wake() });
 * await uow.run(async (scope) => {
 *   const accounts = scope.versioned<AccountRecord>('accounts');
 *   await accounts.update(next, stored.version);
 *   await enqueuer.enqueue(scope, { actor, action: 'contact.changed', subject: actor, payload });
 * });
 * ```
 */
export function createPostgresUnitOfWork(options: PostgresUnitOfWorkOptions): UnitOfWork {
  const { pool, clock, schema, afterCommit, onError } = options;
  const journal = journalName(options.journal);
  const t = journalTables(schema);
  // The stores a unit makes use its schema, or their default when none was given.
  const inSchema = schema === undefined ? {} : { schema };
  const ENQUEUE = named(
    'kabinet_outbox',
    `INSERT INTO ${t.outbox} (journal, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  );
  // The key row is locked for the rest of the unit: an erasure of the subject waits for it.
  const ENQUEUE_SEALED = named(
    'kabinet_outbox',
    `WITH key AS (SELECT id FROM ${t.keys} WHERE journal = $1 AND subject_type = $6 AND subject_id = $7 AND id = $9 FOR SHARE)
    INSERT INTO ${t.outbox} (journal, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment, key_id, iv, ciphertext)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, key.id, $10, $11 FROM key RETURNING id`,
  );
  // The same, sent without waiting for its answer (pipelined, with the unit's COMMIT right
  // behind): a stale key leaves key_id NULL beside a ciphertext, which the outbox's CHECK
  // refuses, so the transaction aborts and the COMMIT behind it rolls back instead.
  const ENQUEUE_SEALED_OR_FAIL = named(
    'kabinet_outbox',
    `WITH key AS (SELECT id FROM ${t.keys} WHERE journal = $1 AND subject_type = $6 AND subject_id = $7 AND id = $9 FOR SHARE)
    INSERT INTO ${t.outbox} (journal, ts, actor_type, actor_id, action, subject_type, subject_id, payload_commitment, key_id, iv, ciphertext)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT id FROM key), $10, $11)`,
  );

  return {
    atomic: true,
    async run<R>(work: (scope: UnitOfWorkScope) => Promise<R>): Promise<R> {
      // Entries sent without waiting (pipelined), and the first of them the database refused.
      const answers: Promise<unknown>[] = [];
      let refused: ConflictError | undefined;
      let failed: unknown;
      const remember = (error: unknown): void => {
        failed ??= error;
      };
      let result: R;
      try {
        result = await runTransaction(pool, 'unitOfWork', async (connection) => {
          const fast = pipelined(connection);
          const tx = scopedPool(connection, fast);
          const stores = new Map<string, VersionedStore<StoreRecord>>();
          let keys: JournalStore | undefined;
          let payments: PaymentStore | undefined;
          let slots: SlotStore | undefined;
          const scope: UnitOfWorkScope = {
            versioned<T extends StoreRecord>(collection: string): VersionedStore<T> {
              let store = stores.get(collection);
              if (store === undefined) {
                store = createPostgresVersionedStore<StoreRecord>({
                  pool: tx,
                  collection,
                  clock,
                  ...inSchema,
                });
                stores.set(collection, store);
              }
              return store as unknown as VersionedStore<T>;
            },
            get payments() {
              payments ??= createPostgresPaymentStore({ pool: tx, clock, ...inSchema });
              return payments;
            },
            get slots() {
              slots ??= createPostgresSlotStore({ pool: tx, clock, ...inSchema });
              return slots;
            },
            get journalKeys() {
              keys ??= createPostgresJournalStore({ pool: tx, journal, ...inSchema });
              return keys;
            },
            async enqueue(entry, onRefused) {
              checkJournalPendingEntry(entry);
              const values = [journal, entry.ts, ...entryFieldValues(entry)];
              if (entry.payload === undefined) {
                if (fast) {
                  answers.push(tx.submit(ENQUEUE, values).catch(remember));
                  return;
                }
                await queryNamed(tx, ENQUEUE, values).catch((error: unknown) => {
                  throw storeError(error, 'unitOfWork.enqueue');
                });
                return;
              }
              const p = entry.payload as { keyId: string; iv: string; ciphertext: string };
              const subject = `${entry.subject.type}:${entry.subject.id}`;
              if (fast) {
                // Checked by the database behind the unit's next statement or its COMMIT.
                answers.push(
                  tx
                    .submit(ENQUEUE_SEALED_OR_FAIL, [...values, p.keyId, p.iv, p.ciphertext])
                    .catch((error: unknown) => {
                      const { code, table } = (error ?? {}) as { code?: unknown; table?: unknown };
                      if (code === '23514' && table === 'kabinet_journal_outbox') {
                        const conflict = new ConflictError('journal-subject-key', subject, 0);
                        refused ??= conflict;
                        onRefused?.(conflict);
                      } else remember(error);
                    }),
                );
                return;
              }
              const rows = await queryNamed(tx, ENQUEUE_SEALED, [
                ...values,
                p.keyId,
                p.iv,
                p.ciphertext,
              ]).catch((error: unknown) => {
                throw storeError(error, 'unitOfWork.enqueue');
              });
              if (rows.rows.length === 0)
                throw new ConflictError('journal-subject-key', subject, 0);
            },
          };
          try {
            const value = await work(scope);
            await tx.close();
            if (tx.failure !== undefined) {
              throw new KabinetError(
                'ERR_STORE',
                'a statement of the unit of work failed, so its transaction cannot commit',
                { cause: tx.failure },
              );
            }
            return value;
          } finally {
            await tx.close();
          }
        });
      } catch (error) {
        // A refused entry explains whatever failed after it (the aborted transaction, the COMMIT
        // that rolled back): the unit lost a race with an erasure and is run again.
        await Promise.all(answers);
        throw refused ?? (failed === undefined ? error : storeError(failed, 'unitOfWork.enqueue'));
      }
      // Every answer came before the COMMIT's; one that failed made it a rollback, so this is
      // only a guard.
      await Promise.all(answers);
      if (refused !== undefined) throw refused;
      if (failed !== undefined) throw storeError(failed, 'unitOfWork.enqueue');
      await runAfterCommit(afterCommit, onError);
      return result;
    },
  };
}
