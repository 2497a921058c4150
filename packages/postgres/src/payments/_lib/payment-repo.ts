import { ConflictError, KabinetError } from '@kabinet/core';
import {
  PAYMENT_FIXED_FIELDS,
  PAYMENT_STATUS_EDGES,
  allowsStatusChange,
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
import { checkStorable, dataOf, storableText } from './check-records.js';
import { checkExpectedVersion, edgeArrays, toStored, write, type VersionedRow } from './sql.js';

const ENTITY = 'payment';
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

  async function one(
    operation: string,
    sql: string,
    key: unknown,
  ): Promise<Stored<PaymentRecord> | undefined> {
    if (!storableText(key)) return undefined;
    const rows = await run<VersionedRow>(pool, operation, sql, [key]);
    return rows[0] === undefined ? undefined : toStored<Stored<PaymentRecord>>(rows[0]);
  }

  /** Why a guarded update changed nothing, in the memory store's order of checks. */
  async function rejection(
    record: PaymentRecord,
    expectedVersion: number,
    deferred: { readonly error: unknown } | undefined,
  ): Promise<never> {
    const rows = await run<VersionedRow>(pool, 'payments.update', BY_ID, [record.id]);
    const current = rows[0] === undefined ? undefined : toStored<Stored<PaymentRecord>>(rows[0]);
    if (current === undefined || current.version !== expectedVersion)
      throw new ConflictError(ENTITY, record.id, expectedVersion);
    if (deferred !== undefined) throw deferred.error;
    checkUnchangedFields<PaymentRecord>(current, record, PAYMENT_FIXED_FIELDS, 'payment');
    if (!allowsStatusChange(PAYMENT_STATUS_EDGES, current.status, record.status)) {
      throw new KabinetError(
        'ERR_INVALID_STATE',
        `payment ${record.id}: ${current.status} -> ${record.status} is not in the table`,
      );
    }
    // Checked and changed in between: stale by now.
    throw new ConflictError(ENTITY, record.id, expectedVersion);
  }

  return {
    get: (id) => one('payments.get', BY_ID, id),
    findByTransactionNumber: (transactionNumber) =>
      one('payments.findByTransactionNumber', BY_TRANSACTION, transactionNumber),
    findActiveByUin: (uin) => one('payments.findActiveByUin', ACTIVE_BY_UIN, uin),

    async create(record) {
      checkPaymentRecord(record);
      checkStorable(record);
      const data = dataOf(record);
      const params = [
        record.id,
        record.accountId,
        record.uin,
        record.transactionNumber,
        record.serviceType,
        record.status,
        record.createdAt,
        data,
      ];
      const rows = await write(pool, 'payments.create', INSERT, params);
      if (rows === 'taken' || rows.length === 0) throw new ConflictError(ENTITY, record.id, 0);
      return { ...(JSON.parse(data) as PaymentRecord), version: 1 };
    },

    async update(record, expectedVersion) {
      if (!storableText(record.id))
        throw new ConflictError(ENTITY, String(record.id), expectedVersion);
      checkExpectedVersion(ENTITY, record.id, expectedVersion);
      // The memory store reports a stale version before a bad record: find out which first.
      // Boxed, so that even a thrown `undefined` counts as a failed check.
      let deferred: { readonly error: unknown } | undefined;
      try {
        checkPaymentRecord(record);
        checkStorable(record);
      } catch (error) {
        deferred = { error };
      }
      if (deferred !== undefined) return rejection(record, expectedVersion, deferred);
      const data = dataOf(record);
      const rows = await write(pool, 'payments.update', UPDATE, [
        record.id,
        expectedVersion,
        record.status,
        record.serviceType,
        data,
        PAYMENT_FIXED_FIELDS,
        EDGE_FROM,
        EDGE_TO,
      ]);
      if (rows === 'taken') throw new ConflictError(ENTITY, record.id, expectedVersion);
      if (rows.length === 0) return rejection(record, expectedVersion, undefined);
      return { ...(JSON.parse(data) as PaymentRecord), version: expectedVersion + 1 };
    },

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
