import {
  PAYMENT_FIXED_FIELDS,
  PAYMENT_STATUS_EDGES,
  checkPaymentListQuery,
  checkPaymentRecord,
  checkUnchangedFields,
  encodePaymentCursor,
  type Page,
  type PaymentListQuery,
  type PaymentRecord,
  type PaymentRepo,
  type Stored,
} from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { storableText } from './check-records.js';
import { checkStatusEdge, edgeArrays, toStored, type VersionedRow } from './sql.js';
import { insertVersioned, readOne, updateVersioned } from './versioned-repo.js';

const [EDGE_FROM, EDGE_TO] = edgeArrays(PAYMENT_STATUS_EDGES);
// createdAt is a safe integer, so a bound outside ±2^53 filters like ±Infinity would.
const BOUND = 2 ** 53;

/**
 * `createdAt >= from` and `createdAt < to` for integer `createdAt`, as integer bounds a bigint
 * index can use (`NaN` filters nothing, as in the memory store).
 */
function integerBound(value: number | undefined): number | undefined {
  if (value === undefined || Number.isNaN(value)) return undefined;
  return Math.min(BOUND, Math.max(-BOUND, Math.ceil(value)));
}

/** The payments repository over `kabinet_payments`. */
export function postgresPaymentRepo(pool: SqlQueryable, schema: string): PaymentRepo {
  const table = `${schema}.kabinet_payments`;
  const SELECT = `SELECT version, data FROM ${table}`;
  const BY_ID = `${SELECT} WHERE id = $1`;
  const BY_TRANSACTION = `${SELECT} WHERE transaction_number = $1`;
  const ACTIVE_BY_UIN = `${SELECT} WHERE uin = $1 AND status <> 'canceled'`;
  // Every unique index is an arbiter: a taken id, transaction number or active УИН inserts nothing.
  const INSERT = `INSERT INTO ${table} (id, account_id, uin, transaction_number, service_type, status, created_at, version, data)
    VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8::jsonb) ON CONFLICT DO NOTHING RETURNING version`;
  // One guarded statement: the version, the immutable fields (compared in the JSONB), the
  // status edge, and a УИН no other active payment holds. That last check sees only committed
  // rows, so between concurrent writers the partial unique index decides (23505 → conflict);
  // the check keeps the statement from raising an error when nothing races.
  const UPDATE = `UPDATE ${table} AS p SET version = p.version + 1, status = $3::text, service_type = $4, data = $5::jsonb
    WHERE p.id = $1 AND p.version = $2
      AND NOT EXISTS (SELECT 1 FROM unnest($6::text[]) AS f(name) WHERE p.data -> f.name IS DISTINCT FROM $5::jsonb -> f.name)
      AND (p.status = $3::text OR EXISTS (SELECT 1 FROM unnest($7::text[], $8::text[]) AS e(from_status, to_status) WHERE e.from_status = p.status AND e.to_status = $3::text))
      AND ($3::text = 'canceled' OR NOT EXISTS (SELECT 1 FROM ${table} AS o WHERE o.uin = p.uin AND o.status <> 'canceled' AND o.id <> p.id))
    RETURNING version`;

  const payments = { pool, entity: 'payment', name: 'payments', byId: BY_ID };

  return {
    get: (id) => readOne(payments, 'get', BY_ID, [id]),
    findByTransactionNumber: (transactionNumber) =>
      readOne(payments, 'findByTransactionNumber', BY_TRANSACTION, [transactionNumber]),
    findActiveByUin: (uin) => readOne(payments, 'findActiveByUin', ACTIVE_BY_UIN, [uin]),

    create: (record) =>
      insertVersioned(payments, record, checkPaymentRecord, INSERT, (data) => [
        record.id,
        record.accountId,
        record.uin,
        record.transactionNumber,
        record.serviceType,
        record.status,
        record.createdAt,
        data,
      ]),

    update: (record, expectedVersion) =>
      updateVersioned(payments, record, expectedVersion, {
        check: checkPaymentRecord,
        update: UPDATE,
        params: (data) => [
          record.id,
          expectedVersion,
          record.status,
          record.serviceType,
          data,
          PAYMENT_FIXED_FIELDS,
          EDGE_FROM,
          EDGE_TO,
        ],
        explain(current: PaymentRecord, next, deferred) {
          if (deferred !== undefined) throw deferred.error;
          checkUnchangedFields<PaymentRecord>(current, next, PAYMENT_FIXED_FIELDS, 'payment');
          checkStatusEdge(PAYMENT_STATUS_EDGES, 'payment', next.id, current.status, next.status);
        },
      }),

    async listByAccount(query: PaymentListQuery): Promise<Page<Stored<PaymentRecord>>> {
      const after = checkPaymentListQuery(query);
      if (!storableText(query.accountId)) return { items: [] };
      const values: unknown[] = [query.accountId];
      const where = ['account_id = $1'];
      const param = (value: unknown): string => `$${values.push(value)}`;
      const from = integerBound(query.from);
      const to = integerBound(query.to);
      if (from !== undefined) where.push(`created_at >= ${param(from)}::bigint`);
      if (to !== undefined) where.push(`created_at < ${param(to)}::bigint`);
      // A value no stored payment can hold matches nothing, as in the memory store.
      if (query.serviceTypes !== undefined)
        where.push(
          `service_type = ANY(${param([...new Set(query.serviceTypes)].filter(storableText))}::text[])`,
        );
      if (query.statuses !== undefined)
        where.push(
          `status = ANY(${param([...new Set(query.statuses)].filter(storableText))}::text[])`,
        );
      if (after !== undefined)
        where.push(
          `(created_at, id) < (${param(after.createdAt)}::bigint, ${param(after.id)}::text)`,
        );
      const sql = `${SELECT} WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ${param(query.limit + 1)}`;
      const rows = await run<VersionedRow>(pool, 'payments.listByAccount', sql, values);
      const items = rows.slice(0, query.limit).map((row) => toStored<Stored<PaymentRecord>>(row));
      const last = items.at(-1);
      return rows.length > query.limit && last !== undefined
        ? { items, nextCursor: encodePaymentCursor(last) }
        : { items };
    },
  };
}
