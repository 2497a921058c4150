import {
  ATTEMPT_FIXED_FIELDS,
  ATTEMPT_STATUS_EDGES,
  checkPaymentAttemptRecord,
  checkUnchangedFields,
  invalidArgument,
  type PaymentAttemptRecord,
  type PaymentAttemptRepo,
} from '@kabinet/ports';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkStatusEdge, edgeArrays } from './sql.js';
import { insertVersioned, readAll, readOne, updateVersioned } from './versioned-repo.js';

const [EDGE_FROM, EDGE_TO] = edgeArrays(ATTEMPT_STATUS_EDGES);

/** The attempts repository over `kabinet_payment_attempts`. */
export function postgresAttemptRepo(pool: SqlQueryable, schema: string): PaymentAttemptRepo {
  const table = `${schema}.kabinet_payment_attempts`;
  const SELECT = `SELECT version, data FROM ${table}`;
  const BY_ID = `${SELECT} WHERE id = $1`;
  const BY_OBJECT = `${SELECT} WHERE provider = $1 AND provider_payment_id = $2`;
  const BY_PAYMENT = `${SELECT} WHERE payment_id = $1 ORDER BY sequence, id`;
  // A taken id, idempotency key, provider object or a second succeeded attempt inserts nothing.
  const INSERT = `INSERT INTO ${table} (id, payment_id, sequence, provider, provider_payment_id, idempotency_key, status, version, data)
    VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8::jsonb) ON CONFLICT DO NOTHING RETURNING version`;
  // The version, the immutable fields, a provider object that never changes once set, the
  // status edge, a provider object no other attempt holds and no other succeeded attempt of
  // the payment, in one statement. The last two checks see only committed rows: between
  // concurrent writers the partial unique indexes decide (23505 → conflict); the checks keep
  // the statement from raising an error when nothing races.
  const UPDATE = `UPDATE ${table} AS a SET version = a.version + 1, status = $3::text, provider_payment_id = $4::text, data = $5::jsonb
    WHERE a.id = $1 AND a.version = $2
      AND NOT EXISTS (SELECT 1 FROM unnest($6::text[]) AS f(name) WHERE a.data -> f.name IS DISTINCT FROM $5::jsonb -> f.name)
      AND (a.provider_payment_id IS NULL OR a.provider_payment_id IS NOT DISTINCT FROM $4::text)
      AND (a.status = $3::text OR EXISTS (SELECT 1 FROM unnest($7::text[], $8::text[]) AS e(from_status, to_status) WHERE e.from_status = a.status AND e.to_status = $3::text))
      AND ($4::text IS NULL OR NOT EXISTS (SELECT 1 FROM ${table} AS o WHERE o.provider = a.provider AND o.provider_payment_id = $4::text AND o.id <> a.id))
      AND ($3::text <> 'succeeded' OR NOT EXISTS (SELECT 1 FROM ${table} AS o WHERE o.payment_id = a.payment_id AND o.status = 'succeeded' AND o.id <> a.id))
    RETURNING version`;
  const attempts = { pool, entity: 'payment attempt', name: 'attempts', byId: BY_ID };

  return {
    get: (id) => readOne(attempts, 'get', BY_ID, [id]),
    findByProviderPaymentId: (provider, providerPaymentId) =>
      readOne(attempts, 'findByProviderPaymentId', BY_OBJECT, [provider, providerPaymentId]),
    listByPayment: (paymentId) => readAll(attempts, 'listByPayment', BY_PAYMENT, paymentId),

    create: (record) =>
      insertVersioned(attempts, record, checkPaymentAttemptRecord, INSERT, (data) => [
        record.id,
        record.paymentId,
        record.sequence,
        record.provider,
        record.providerPaymentId ?? null,
        record.idempotencyKey,
        record.status,
        data,
      ]),

    update: (record, expectedVersion) =>
      updateVersioned(attempts, record, expectedVersion, {
        check: checkPaymentAttemptRecord,
        update: UPDATE,
        params: (data) => [
          record.id,
          expectedVersion,
          record.status,
          record.providerPaymentId ?? null,
          data,
          ATTEMPT_FIXED_FIELDS,
          EDGE_FROM,
          EDGE_TO,
        ],
        explain(current: PaymentAttemptRecord, next, deferred) {
          if (deferred !== undefined) throw deferred.error;
          checkUnchangedFields<PaymentAttemptRecord>(
            current,
            next,
            ATTEMPT_FIXED_FIELDS,
            'attempt',
          );
          if (
            current.providerPaymentId !== undefined &&
            next.providerPaymentId !== current.providerPaymentId
          )
            invalidArgument('attempt.providerPaymentId cannot change once set');
          checkStatusEdge(ATTEMPT_STATUS_EDGES, 'attempt', next.id, current.status, next.status);
        },
      }),
  };
}
