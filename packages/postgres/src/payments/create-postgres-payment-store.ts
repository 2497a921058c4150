import type { Clock } from '@kabinet/core';
import type { PaymentStore } from '@kabinet/ports';
import { quotedSchema } from '../_lib/schema-name.js';
import type { SqlQueryable } from '../pool/sql-pool.js';
import { postgresAttemptRepo } from './_lib/attempt-repo.js';
import { postgresCallbackInbox, postgresIdempotencyStore } from './_lib/key-stores.js';
import { postgresMethodRepo } from './_lib/method-repo.js';
import { postgresPaymentRepo } from './_lib/payment-repo.js';

/** Options of {@link createPostgresPaymentStore}. */
export interface PostgresPaymentStoreOptions {
  /** A `pg.Pool` against a server, or PGlite's node-postgres bridge. */
  readonly pool: SqlQueryable;
  /** The clock whose `now` decides the expiry of idempotency keys and processed callbacks (passed as a parameter). */
  readonly clock: Clock;
  /** The schema of Kabinet's tables (default `kabinet`), migrated by `migrate`. */
  readonly schema?: string;
}

/**
 * A {@link PaymentStore} over PostgreSQL (migration `0004_payments.sql`): payments, attempts,
 * bound methods, idempotency keys and processed callbacks, each a row with the record as JSONB
 * beside the columns that are queried or guarded. Every write is one statement, and the
 * database decides every race, from any number of instances:
 *
 * - a create is `INSERT … ON CONFLICT DO NOTHING`, refused by the unique indexes: id,
 *   transaction number, one non-cancelled payment per УИН (a partial index, so cancelling
 *   frees the УИН), idempotency key, `(provider, providerPaymentId)`, one succeeded attempt per
 *   payment, one active method per `(account, fingerprint)`;
 * - an update is `UPDATE … WHERE version = $expected` that also checks in SQL that the
 *   identity fields are unchanged and that the status change is an edge of
 *   `PAYMENT_STATUS_EDGES` / `ATTEMPT_STATUS_EDGES`; when it changes nothing, one read tells
 *   the caller why (stale version → `ConflictError`, changed identity → `ERR_INVALID_ARGUMENT`,
 *   a change not in the table → `ERR_INVALID_STATE`), in the memory store's order;
 * - an idempotency claim is an upsert that replaces only an expired key, then (when it did
 *   not win) a read of the live key: `replay` or `mismatch` by fingerprint;
 * - `markProcessed` is one upsert that returns a row only when the callback was new or its
 *   entry had expired.
 *
 * `listByAccount` (PAY-5) is a keyset query on the index `(account_id, created_at, id)`,
 * newest first, with the cursor of `encodePaymentCursor`. Amounts are exact up to
 * `Number.MAX_SAFE_INTEGER` (JSONB numbers, never int8 strings). Strings with NUL or a lone
 * surrogate cannot be stored in PostgreSQL text: writing one is `ERR_INVALID_ARGUMENT`, and
 * looking one up finds nothing. Expiry compares with the injected clock's `now`, so keep the
 * instances' clocks synchronised; expired keys and callbacks stay as rows until replaced or
 * swept, and reads treat them as absent.
 *
 * @param options - pool, clock and schema
 * @returns the store
 * @throws KabinetError `ERR_CONFIG` for a malformed schema name
 * @example
 * ```ts
 * import { migrate } from '@kabinet/postgres/migrate';
 * import { createPostgresPaymentStore } from '@kabinet/postgres/payments';
 * await migrate(pool);
 * const store = createPostgresPaymentStore({ pool, clock: systemClock });
 * const payment = await store.payments.create(record);                             // version 1
 * await store.payments.update({ ...payment, status: 'processing' }, payment.version); // version 2
 * const page = await store.payments.listByAccount({ accountId: 'acc_1', serviceTypes: ['work_patent'], limit: 20 });
 * ```
 */
export function createPostgresPaymentStore(options: PostgresPaymentStoreOptions): PaymentStore {
  const { pool, clock } = options;
  const schema = quotedSchema(options.schema);
  return {
    payments: postgresPaymentRepo(pool, schema),
    attempts: postgresAttemptRepo(pool, schema),
    methods: postgresMethodRepo(pool, schema),
    idempotency: postgresIdempotencyStore(pool, clock, schema),
    callbacks: postgresCallbackInbox(pool, clock, schema),
  };
}
