import {
  METHOD_FIXED_FIELDS,
  checkPaymentMethodRecord,
  checkUnchangedFields,
  type PaymentMethodRecord,
  type PaymentMethodRepo,
} from '@kabinet/ports';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { insertVersioned, readAll, readOne, updateVersioned } from './versioned-repo.js';

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
  const methods = { pool, entity: 'payment method', name: 'methods', byId: BY_ID };

  return {
    get: (id) => readOne(methods, 'get', BY_ID, [id]),
    findActiveByFingerprint: (accountId, fingerprint) =>
      readOne(methods, 'findActiveByFingerprint', ACTIVE_BY_FINGERPRINT, [accountId, fingerprint]),
    listByAccount: (accountId) => readAll(methods, 'listByAccount', BY_ACCOUNT, accountId),

    create: (record) =>
      insertVersioned(methods, record, checkPaymentMethodRecord, INSERT, (data) => [
        record.id,
        record.accountId,
        record.fingerprint,
        String(record.status),
        record.createdAt,
        data,
      ]),

    update: (record, expectedVersion) =>
      updateVersioned(methods, record, expectedVersion, {
        // Only storability is checked up front; the port's checks are the fixed fields below.
        check: () => undefined,
        update: UPDATE,
        params: (data) => [
          record.id,
          expectedVersion,
          String(record.status),
          data,
          METHOD_FIXED_FIELDS,
        ],
        explain(current: PaymentMethodRecord, next, deferred) {
          checkUnchangedFields<PaymentMethodRecord>(current, next, METHOD_FIXED_FIELDS, 'method');
          if (deferred !== undefined) throw deferred.error;
        },
      }),
  };
}
