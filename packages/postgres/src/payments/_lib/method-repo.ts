import { ConflictError } from '@kabinet/core';
import {
  METHOD_FIXED_FIELDS,
  checkPaymentMethodRecord,
  checkUnchangedFields,
  type PaymentMethodRecord,
  type PaymentMethodRepo,
  type Stored,
} from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkStorable, dataOf, storableText } from './check-records.js';
import { checkExpectedVersion, toStored, write, type VersionedRow } from './sql.js';

const ENTITY = 'payment method';

/** The bound-methods repository over `kabinet_payment_methods`. */
export function postgresMethodRepo(pool: SqlQueryable, schema: string): PaymentMethodRepo {
  const table = `${schema}.kabinet_payment_methods`;
  const SELECT = `SELECT version, data FROM ${table}`;
  const BY_ID = `${SELECT} WHERE id = $1`;
  const ACTIVE_BY_FINGERPRINT = `${SELECT} WHERE account_id = $1 AND fingerprint = $2 AND status = 'active'`;
  const BY_ACCOUNT = `${SELECT} WHERE account_id = $1 ORDER BY created_at, id`;
  // A taken id, or an active method with the same (account, fingerprint), inserts nothing.
  const INSERT = `INSERT INTO ${table} (id, account_id, fingerprint, status, created_at, version, data)
    VALUES ($1, $2, $3, $4, $5, 1, $6::jsonb) ON CONFLICT DO NOTHING RETURNING version`;
  // Reactivating a method whose fingerprint another active method holds changes nothing: the
  // check sees committed rows; between concurrent writers the partial unique index decides.
  const UPDATE = `UPDATE ${table} AS m SET version = m.version + 1, status = $3::text, data = $4::jsonb
    WHERE m.id = $1 AND m.version = $2
      AND NOT EXISTS (SELECT 1 FROM unnest($5::text[]) AS f(name) WHERE m.data -> f.name IS DISTINCT FROM $4::jsonb -> f.name)
      AND ($3::text <> 'active' OR NOT EXISTS (SELECT 1 FROM ${table} AS o WHERE o.account_id = m.account_id AND o.fingerprint = m.fingerprint AND o.status = 'active' AND o.id <> m.id))
    RETURNING version`;

  async function rejection(
    record: PaymentMethodRecord,
    expectedVersion: number,
    deferred: { readonly error: unknown } | undefined,
  ): Promise<never> {
    const rows = await run<VersionedRow>(pool, 'methods.update', BY_ID, [record.id]);
    const current =
      rows[0] === undefined ? undefined : toStored<Stored<PaymentMethodRecord>>(rows[0]);
    if (current === undefined || current.version !== expectedVersion)
      throw new ConflictError(ENTITY, record.id, expectedVersion);
    checkUnchangedFields<PaymentMethodRecord>(current, record, METHOD_FIXED_FIELDS, 'method');
    if (deferred !== undefined) throw deferred.error;
    throw new ConflictError(ENTITY, record.id, expectedVersion);
  }

  return {
    async get(id) {
      if (!storableText(id)) return undefined;
      const rows = await run<VersionedRow>(pool, 'methods.get', BY_ID, [id]);
      return rows[0] === undefined ? undefined : toStored<Stored<PaymentMethodRecord>>(rows[0]);
    },

    async findActiveByFingerprint(accountId, fingerprint) {
      if (!storableText(accountId) || !storableText(fingerprint)) return undefined;
      const rows = await run<VersionedRow>(
        pool,
        'methods.findActiveByFingerprint',
        ACTIVE_BY_FINGERPRINT,
        [accountId, fingerprint],
      );
      return rows[0] === undefined ? undefined : toStored<Stored<PaymentMethodRecord>>(rows[0]);
    },

    async listByAccount(accountId) {
      if (!storableText(accountId)) return [];
      const rows = await run<VersionedRow>(pool, 'methods.listByAccount', BY_ACCOUNT, [accountId]);
      return rows.map((row) => toStored<Stored<PaymentMethodRecord>>(row));
    },

    async create(record) {
      checkPaymentMethodRecord(record);
      checkStorable(record);
      const data = dataOf(record);
      const rows = await write(pool, 'methods.create', INSERT, [
        record.id,
        record.accountId,
        record.fingerprint,
        String(record.status),
        record.createdAt,
        data,
      ]);
      if (rows === 'taken' || rows.length === 0) throw new ConflictError(ENTITY, record.id, 0);
      return { ...(JSON.parse(data) as PaymentMethodRecord), version: 1 };
    },

    async update(record, expectedVersion) {
      if (!storableText(record.id))
        throw new ConflictError(ENTITY, String(record.id), expectedVersion);
      checkExpectedVersion(ENTITY, record.id, expectedVersion);
      // Boxed, so that even a thrown `undefined` counts as a failed check.
      let deferred: { readonly error: unknown } | undefined;
      try {
        checkStorable(record);
      } catch (error) {
        deferred = { error };
      }
      if (deferred !== undefined) return rejection(record, expectedVersion, deferred);
      const data = dataOf(record);
      const rows = await write(pool, 'methods.update', UPDATE, [
        record.id,
        expectedVersion,
        String(record.status),
        data,
        METHOD_FIXED_FIELDS,
      ]);
      if (rows === 'taken') throw new ConflictError(ENTITY, record.id, expectedVersion);
      if (rows.length === 0) return rejection(record, expectedVersion, undefined);
      return { ...(JSON.parse(data) as PaymentMethodRecord), version: expectedVersion + 1 };
    },
  };
}
