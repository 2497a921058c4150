import { KabinetError, isConflict, ok, readInput, type Result } from '@kabinet/core';
import type {
  JournalParty,
  StoreRecord,
  Stored,
  VersionedStore,
  WriteOptions,
} from '@kabinet/ports';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { OperatorContext } from '../support/create-support-service.js';
import { accountKeys } from '../_lib/account-keys.js';
import { rekeyAccount } from '../_lib/rekey-account.js';
import { rekeyDraft } from '../_lib/rekey-draft.js';

/** A record a re-keying run left as it was. */
export interface RecordNotRekeyed {
  /** The account's or draft's id. */
  readonly id: string;
  /**
   * `unreadable`: a field could not be decrypted (its key is gone from the provider, or the
   * data was altered). `contact_taken`: another account already owns the phone or e-mail under
   * the current key (two accounts for one contact, made before the lookups knew retired keys).
   * `document_taken`: another account already holds one of its identity documents (two accounts
   * for one document, bound before documents were unique: support decides which one keeps it).
   * `busy`: the record changed under every attempt to write it; the next run tries again.
   */
  readonly reason: 'unreadable' | 'contact_taken' | 'document_taken' | 'busy';
}

/** The report of a re-keying run; its counts are journaled (`accounts.rekeyed`, `drafts.rekeyed`). */
export interface RekeyReport {
  /** `kid` of the current `pii-encryption` key everything is sealed with now. */
  readonly piiKid: string;
  /** Records examined by this run. */
  readonly scanned: number;
  /** Records written back re-keyed. */
  readonly rekeyed: number;
  /** Records left as they were, with the reason (an operator must look at each). */
  readonly failed: readonly RecordNotRekeyed[];
  /** Where the next run goes on; absent when this run reached the last record. */
  readonly nextCursor?: string;
}

/** Key-rotation maintenance, run by an operator (a back-office job; there is no HTTP route). */
export interface MaintenanceService {
  /**
   * After a rotation of the `pii-encryption` or `blind-index` key, re-seals every encrypted
   * field of every account under the current key and recomputes its contact blind indexes.
   * Input `{ batchSize?, cursor?, limit? }` (batch 1–1000, default 100; `limit` stops the run
   * early with a `nextCursor`). Safe to run while the portal serves: each account is written
   * with its version and re-read on a conflict; a second run finds nothing to do.
   */
  rekeyAccounts(operator: OperatorContext, input?: unknown): Promise<Result<RekeyReport>>;
  /** The same for registration drafts (personal data, documents, contacts); same input. */
  rekeyDrafts(operator: OperatorContext, input?: unknown): Promise<Result<RekeyReport>>;
}

const rekeySchema = z
  .object({
    batchSize: z.number().int().min(1).max(1000).optional(),
    cursor: z.string().min(1).max(64).optional(),
    limit: z.number().int().min(1).optional(),
  })
  .strict();

/**
 * Creates the maintenance service: the re-keying passes that complete a key rotation of
 * personal data (S-12, ACC-10). When both passes report every record scanned and none
 * failed, the retired keys can be removed from the key provider.
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const maintenance = createMaintenanceService(ctx);
 * for (const pass of [maintenance.rekeyAccounts, maintenance.rekeyDrafts]) {
 *   let cursor: string | undefined;
 *   do {
 *     const run = await pass({ operatorId: 'ops_7' }, { cursor, limit: 10_000 });
 *     if (!run.success) throw new Error(run.issues[0]!.code);
 *     for (const f of run.data.failed) console.warn(f.id, f.reason);
 *     cursor = run.data.nextCursor;
 *   } while (cursor !== undefined);
 * }
 * ```
 */
export function createMaintenanceService(ctx: AccountContext): MaintenanceService {
  /** Re-keys one record, re-reading it after a lost race; `current` when it needed nothing (or is gone). */
  async function rekeyOne<T extends StoreRecord>(
    store: VersionedStore<T>,
    rekey: (record: T) => T | undefined,
    options: (record: T) => WriteOptions | undefined,
    first: Stored<T>,
  ): Promise<'rekeyed' | 'current' | RecordNotRekeyed['reason']> {
    let stored: Stored<T> | undefined = first;
    for (let round = 0; round <= ctx.policy.conflictRetries && stored !== undefined; round++) {
      const { version, ...rest } = stored;
      const plain = rest as unknown as T;
      let next: T | undefined;
      try {
        next = rekey(plain);
      } catch (error) {
        if (KabinetError.isInstance(error) && error.code === 'ERR_CRYPTO') return 'unreadable';
        throw error;
      }
      if (next === undefined) return 'current';
      try {
        await store.update(next, version, options(next));
        return 'rekeyed';
      } catch (error) {
        if (!isConflict(error)) throw error;
        const current: Stored<T> | undefined = await store.get(plain.id);
        // Same version: the write lost on a unique key another record holds — a document's or a contact's.
        if (current !== undefined && current.version === version) {
          for (const key of options(next)?.uniqueKeys ?? []) {
            if (!key.startsWith('document:')) continue;
            const holder = await store.findByKey(key);
            if (holder !== undefined && holder.id !== plain.id) return 'document_taken';
          }
          return 'contact_taken';
        }
        stored = current;
      }
    }
    return stored === undefined ? 'current' : 'busy';
  }

  async function pass<T extends StoreRecord>(
    operator: OperatorContext,
    input: unknown,
    what: {
      store: VersionedStore<T>;
      rekey: (record: T) => T | undefined;
      options: (record: T) => WriteOptions | undefined;
      action: string;
    },
  ): Promise<Result<RekeyReport>> {
    const read = readInput(rekeySchema, input);
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
        const outcome = await rekeyOne(what.store, what.rekey, what.options, record);
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

  return {
    rekeyAccounts: (operator, input = {}) =>
      pass(operator, input, {
        store: ctx.stores.accounts,
        rekey: (account) => rekeyAccount(ctx, account),
        options: (account) => ({ uniqueKeys: accountKeys(account) }),
        action: 'accounts.rekeyed',
      }),
    rekeyDrafts: (operator, input = {}) =>
      pass(operator, input, {
        store: ctx.stores.drafts,
        rekey: (draft) => rekeyDraft(ctx, draft),
        options: () => undefined,
        action: 'drafts.rekeyed',
      }),
  };
}
