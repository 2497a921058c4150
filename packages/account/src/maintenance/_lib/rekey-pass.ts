import { ok, readInput, type Result } from '@kabinet/core';
import type { JournalParty, StoreRecord, VersionedStore, WriteOptions } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import type { OperatorContext } from '../../support/support-views.js';
import { maintenanceInputSchemas } from '../maintenance-input-schemas.js';
import type { RecordNotRekeyed, RekeyReport } from '../maintenance-results.js';
import { rekeyOne } from './rekey-one.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

/** The records one re-keying pass walks and how it re-keys each. */
export interface RekeyTarget<T extends StoreRecord> {
  /** The store to walk by id. */
  readonly store: VersionedStore<T>;
  /** The record re-sealed under the current keys, or `undefined` when it needs nothing. */
  readonly rekey: (record: T) => T | undefined;
  /** The write options (unique keys) of the re-keyed record. */
  readonly options: (record: T) => WriteOptions | undefined;
  /** The journal action of the run's report. */
  readonly action: 'accounts.rekeyed' | 'drafts.rekeyed';
}

/**
 * One re-keying run over a store `{ batchSize?, cursor?, limit? }`: every record re-sealed and
 * written with its version, the counts journaled with the operator as actor.
 */
export async function rekeyPass<T extends StoreRecord>(
  ctx: AccountContext,
  operator: OperatorContext,
  input: unknown,
  what: RekeyTarget<T>,
): Promise<Result<RekeyReport, AccountIssueCode>> {
  const read = readInput(maintenanceInputSchemas.rekey, input);
  if (!read.success) return read;
  const batchSize = read.data.batchSize ?? 100;
  const limit = read.data.limit ?? Number.POSITIVE_INFINITY;
  let cursor = read.data.cursor;
  let scanned = 0;
  let rekeyed = 0;
  const failed: RecordNotRekeyed[] = [];
  let more = true;
  while (more && scanned < limit) {
    const page = await what.store.list({
      limit: Math.min(batchSize, limit - scanned),
      ...(cursor === undefined ? {} : { after: cursor }),
    });
    for (const record of page.items) {
      scanned++;
      cursor = record.id;
      const outcome = await rekeyOne(ctx, what.store, what.rekey, what.options, record);
      if (outcome === 'rekeyed') rekeyed++;
      else if (outcome !== 'current') failed.push({ id: record.id, reason: outcome });
    }
    more = page.nextCursor !== undefined;
  }
  const piiKid = ctx.keys.currentSecret('pii-encryption').kid;
  const actor: JournalParty = { type: 'support', id: operator.operatorId };
  await ctx.journal.append({
    actor,
    action: what.action,
    subject: actor,
    payload: {
      piiKid,
      blindIndexKid: ctx.keys.currentSecret('blind-index').kid,
      scanned,
      rekeyed,
      failed: failed.length,
    },
  });
  return ok({
    piiKid,
    scanned,
    rekeyed,
    failed,
    ...(more && cursor !== undefined ? { nextCursor: cursor } : {}),
  });
}
