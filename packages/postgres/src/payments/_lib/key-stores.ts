import { type Clock, UnavailableError } from '@kabinet/core';
import {
  checkIdempotencyRecord,
  checkProcessedCallback,
  type CallbackInbox,
  type IdempotencyClaim,
  type IdempotencyRecord,
  type IdempotencyStore,
  type ProcessedCallback,
} from '@kabinet/ports';
import { run } from '../../_lib/in-transaction.js';
import { RETRY_AFTER_SECONDS } from '../../_lib/store-error.js';
import type { SqlQueryable } from '../../pool/sql-pool.js';
import { checkStorable, storableText } from './check-records.js';

interface DataRow<T> extends Record<string, unknown> {
  data: T;
}

/** Upsert-then-read rounds before a claim gives up (only a sweep racing with skewed clocks can need a second). */
const CLAIM_ROUNDS = 3;

/** Idempotency keys over `kabinet_idempotency_keys`. */
export function postgresIdempotencyStore(
  pool: SqlQueryable,
  clock: Clock,
  schema: string,
): IdempotencyStore {
  const table = `${schema}.kabinet_idempotency_keys`;
  // Inserts, or replaces an expired row; a live row is left alone and nothing is returned.
  const CLAIM = `INSERT INTO ${table} AS k (key, expires_at, data) VALUES ($1, $2, $3::jsonb)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, data = excluded.data WHERE k.expires_at <= $4
    RETURNING 1 AS claimed`;
  const LIVE = `SELECT data FROM ${table} WHERE key = $1 AND expires_at > $2`;

  return {
    async claim(record): Promise<IdempotencyClaim> {
      checkIdempotencyRecord(record);
      checkStorable(record);
      const data = JSON.stringify(record);
      const now = clock.now();
      for (let round = 0; round < CLAIM_ROUNDS; round++) {
        const claimed = await run(pool, 'idempotency.claim', CLAIM, [
          record.key,
          record.expiresAt,
          data,
          now,
        ]);
        if (claimed.length > 0)
          return { outcome: 'created', record: JSON.parse(data) as IdempotencyRecord };
        // A separate statement: it sees the row a concurrent claim committed after ours began.
        const live = (
          await run<DataRow<IdempotencyRecord>>(pool, 'idempotency.claim', LIVE, [record.key, now])
        )[0];
        if (live !== undefined)
          return {
            outcome: live.data.fingerprint === record.fingerprint ? 'replay' : 'mismatch',
            record: live.data,
          };
      }
      throw new UnavailableError('idempotency key claim kept racing with its expiry', {
        details: { operation: 'idempotency.claim', retryAfterSeconds: RETRY_AFTER_SECONDS },
      });
    },

    async get(key) {
      if (!storableText(key)) return undefined;
      const rows = await run<DataRow<IdempotencyRecord>>(pool, 'idempotency.get', LIVE, [
        key,
        clock.now(),
      ]);
      return rows[0]?.data;
    },
  };
}

/** The processed-callback inbox over `kabinet_processed_callbacks`. */
export function postgresCallbackInbox(
  pool: SqlQueryable,
  clock: Clock,
  schema: string,
): CallbackInbox {
  const table = `${schema}.kabinet_processed_callbacks`;
  // New, or replacing an expired entry: one row back. A live entry: nothing back, nothing changed.
  const MARK = `INSERT INTO ${table} AS c (provider, event_key, expires_at, data) VALUES ($1, $2, $3, $4::jsonb)
    ON CONFLICT (provider, event_key) DO UPDATE SET expires_at = excluded.expires_at, data = excluded.data WHERE c.expires_at <= $5
    RETURNING 1 AS marked`;
  const HAS = `SELECT 1 AS found FROM ${table} WHERE provider = $1 AND event_key = $2 AND expires_at > $3`;

  return {
    async has(provider, eventKey) {
      if (!storableText(provider) || !storableText(eventKey)) return false;
      return (await run(pool, 'callbacks.has', HAS, [provider, eventKey, clock.now()])).length > 0;
    },

    async markProcessed(entry: ProcessedCallback) {
      checkProcessedCallback(entry);
      checkStorable(entry);
      const rows = await run(pool, 'callbacks.markProcessed', MARK, [
        entry.provider,
        entry.eventKey,
        entry.expiresAt,
        JSON.stringify(entry),
        clock.now(),
      ]);
      return rows.length > 0;
    },
  };
}
