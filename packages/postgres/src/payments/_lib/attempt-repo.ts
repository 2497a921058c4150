import { ConflictError, KabinetError } from '@kabinet/core';
import {
  ATTEMPT_FIXED_FIELDS,
  ATTEMPT_STATUS_EDGES,
  allowsStatusChange,
  checkPaymentAttemptRecord,
  checkUnchangedFields,
  invalidArgument,
  type PaymentAttemptRecord,
  type PaymentAttemptRepo,
  type Stored,
} from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkStorable, dataOf, storableText } from './check-records.js';
import { checkExpectedVersion, edgeArrays, toStored, write, type VersionedRow } from './sql.js';

const ENTITY = 'payment attempt';
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

  async function rejection(
    record: PaymentAttemptRecord,
    expectedVersion: number,
    deferred: { readonly error: unknown } | undefined,
  ): Promise<never> {
    const rows = await run<VersionedRow>(pool, 'attempts.update', BY_ID, [record.id]);
    const current =
      rows[0] === undefined ? undefined : toStored<Stored<PaymentAttemptRecord>>(rows[0]);
    if (current === undefined || current.version !== expectedVersion)
      throw new ConflictError(ENTITY, record.id, expectedVersion);
    if (deferred !== undefined) throw deferred.error;
    checkUnchangedFields<PaymentAttemptRecord>(current, record, ATTEMPT_FIXED_FIELDS, 'attempt');
    if (
      current.providerPaymentId !== undefined &&
      record.providerPaymentId !== current.providerPaymentId
    )
      invalidArgument('attempt.providerPaymentId cannot change once set');
    if (!allowsStatusChange(ATTEMPT_STATUS_EDGES, current.status, record.status)) {
      throw new KabinetError(
        'ERR_INVALID_STATE',
        `attempt ${record.id}: ${current.status} -> ${record.status} is not in the table`,
      );
    }
    throw new ConflictError(ENTITY, record.id, expectedVersion);
  }

  return {
    async get(id) {
      if (!storableText(id)) return undefined;
      const rows = await run<VersionedRow>(pool, 'attempts.get', BY_ID, [id]);
      return rows[0] === undefined ? undefined : toStored<Stored<PaymentAttemptRecord>>(rows[0]);
    },

    async findByProviderPaymentId(provider, providerPaymentId) {
      if (!storableText(provider) || !storableText(providerPaymentId)) return undefined;
      const rows = await run<VersionedRow>(pool, 'attempts.findByProviderPaymentId', BY_OBJECT, [
        provider,
        providerPaymentId,
      ]);
      return rows[0] === undefined ? undefined : toStored<Stored<PaymentAttemptRecord>>(rows[0]);
    },

    async listByPayment(paymentId) {
      if (!storableText(paymentId)) return [];
      const rows = await run<VersionedRow>(pool, 'attempts.listByPayment', BY_PAYMENT, [paymentId]);
      return rows.map((row) => toStored<Stored<PaymentAttemptRecord>>(row));
    },

    async create(record) {
      checkPaymentAttemptRecord(record);
      checkStorable(record);
      const data = dataOf(record);
      const params = [
        record.id,
        record.paymentId,
        record.sequence,
        record.provider,
        record.providerPaymentId ?? null,
        record.idempotencyKey,
        record.status,
        data,
      ];
      const rows = await write(pool, 'attempts.create', INSERT, params);
      if (rows === 'taken' || rows.length === 0) throw new ConflictError(ENTITY, record.id, 0);
      return { ...(JSON.parse(data) as PaymentAttemptRecord), version: 1 };
    },

    async update(record, expectedVersion) {
      if (!storableText(record.id))
        throw new ConflictError(ENTITY, String(record.id), expectedVersion);
      checkExpectedVersion(ENTITY, record.id, expectedVersion);
      // Boxed, so that even a thrown `undefined` counts as a failed check.
      let deferred: { readonly error: unknown } | undefined;
      try {
        checkPaymentAttemptRecord(record);
        checkStorable(record);
      } catch (error) {
        deferred = { error };
      }
      if (deferred !== undefined) return rejection(record, expectedVersion, deferred);
      const data = dataOf(record);
      const params = [
        record.id,
        expectedVersion,
        record.status,
        record.providerPaymentId ?? null,
        data,
        ATTEMPT_FIXED_FIELDS,
        EDGE_FROM,
        EDGE_TO,
      ];
      const rows = await write(pool, 'attempts.update', UPDATE, params);
      if (rows === 'taken') throw new ConflictError(ENTITY, record.id, expectedVersion);
      if (rows.length === 0) return rejection(record, expectedVersion, undefined);
      return { ...(JSON.parse(data) as PaymentAttemptRecord), version: expectedVersion + 1 };
    },
  };
}
