import { KabinetError, ok, type Result } from '@kabinet/core';
import type { AccountRecord, JournalParty, Stored } from '@kabinet/ports';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { OperatorContext } from '../support/create-support-service.js';
import { accountKeys } from '../_lib/account-keys.js';
import { readInput } from '../_lib/read-input.js';
import { rekeyAccount } from '../_lib/rekey-account.js';
import { isConflict } from '../_lib/run-account-step.js';

/** An account {@link MaintenanceService.rekeyAccounts} left as it was. */
export interface AccountNotRekeyed {
  /** The account's id. */
  readonly accountId: string;
  /**
   * `unreadable`: a field could not be decrypted (its key is gone from the provider, or the
   * data was altered). `contact_taken`: another account already owns the phone or e-mail under
   * the current key (two accounts for one contact, made before the lookups knew retired keys).
   * `busy`: the account changed under every attempt to write it; the next run tries again.
   */
  readonly reason: 'unreadable' | 'contact_taken' | 'busy';
}

/** The report of {@link MaintenanceService.rekeyAccounts}; its counts are journaled as `accounts.rekeyed`. */
export interface RekeyReport {
  /** `kid` of the current `pii-encryption` key everything is sealed with now. */
  readonly piiKid: string;
  /** Accounts examined by this run. */
  readonly scanned: number;
  /** Accounts written back re-keyed. */
  readonly rekeyed: number;
  /** Accounts left as they were, with the reason (an operator must look at each). */
  readonly failed: readonly AccountNotRekeyed[];
  /** Where the next run goes on; absent when this run reached the last account. */
  readonly nextCursor?: string;
}

/** Key-rotation maintenance, run by an operator (a back-office job; there is no HTTP route). */
export interface MaintenanceService {
  /**
   * After a rotation of the `pii-encryption` or `blind-index` key, re-seals every encrypted
   * field of every account under the current key and recomputes its contact blind indexes, so
   * the retired keys can be removed from the key provider. Input `{ batchSize?, cursor?,
   * limit? }` (batch 1–1000, default 100; `limit` stops the run early with a `nextCursor`).
   * Safe to run while the portal serves: each account is written with its version and re-read
   * on a conflict; a second run finds nothing to do. Drafts are not re-keyed: they expire.
   */
  rekeyAccounts(operator: OperatorContext, input?: unknown): Promise<Result<RekeyReport>>;
}

const rekeySchema = z
  .object({
    batchSize: z.number().int().min(1).max(1000).optional(),
    cursor: z.string().min(1).max(64).optional(),
    limit: z.number().int().min(1).optional(),
  })
  .strict();

const ROUNDS = 8;

/**
 * Creates the maintenance service: the re-keying pass that completes a key rotation of
 * personal data (S-12, ACC-10).
 *
 * @param ctx - the account context
 * @returns the service
 * @example
 * ```ts
 * const maintenance = createMaintenanceService(ctx);
 * let cursor: string | undefined;
 * do {
 *   const run = await maintenance.rekeyAccounts({ operatorId: 'ops_7' }, { cursor, limit: 10_000 });
 *   if (!run.success) throw new Error(run.issues[0]!.code);
 *   for (const f of run.data.failed) console.warn(f.accountId, f.reason);
 *   cursor = run.data.nextCursor;
 * } while (cursor !== undefined);
 * ```
 */
export function createMaintenanceService(ctx: AccountContext): MaintenanceService {
  /** Re-keys one account, re-reading it after a lost race; `current` when it needed nothing (or is gone). */
  async function rekeyOne(first: Stored<AccountRecord>): Promise<'rekeyed' | 'current' | AccountNotRekeyed['reason']> {
    let stored: Stored<AccountRecord> | undefined = first;
    for (let round = 0; round < ROUNDS && stored !== undefined; round++) {
      const { version, ...plain } = stored;
      let next: AccountRecord | undefined;
      try {
        next = rekeyAccount(ctx, plain);
      } catch (error) {
        if (KabinetError.isInstance(error) && error.code === 'ERR_CRYPTO') return 'unreadable';
        throw error;
      }
      if (next === undefined) return 'current';
      try {
        await ctx.stores.accounts.update(next, version, { uniqueKeys: accountKeys(next) });
        return 'rekeyed';
      } catch (error) {
        if (!isConflict(error)) throw error;
        const current = await ctx.stores.accounts.get(plain.id);
        // Same version: the write lost on a unique key another account holds.
        if (current !== undefined && current.version === version) return 'contact_taken';
        stored = current;
      }
    }
    return stored === undefined ? 'current' : 'busy';
  }

  return {
    async rekeyAccounts(operator, input = {}) {
      const read = readInput(rekeySchema, input);
      if (!read.success) return read;
      const batchSize = read.data.batchSize ?? 100;
      const limit = read.data.limit ?? Number.POSITIVE_INFINITY;
      let cursor = read.data.cursor;
      let scanned = 0;
      let rekeyed = 0;
      const failed: AccountNotRekeyed[] = [];
      let more = true;
      while (more && scanned < limit) {
        const page = await ctx.stores.accounts.list({ limit: Math.min(batchSize, limit - scanned), ...(cursor === undefined ? {} : { after: cursor }) });
        for (const account of page.items) {
          scanned++;
          cursor = account.id;
          const outcome = await rekeyOne(account);
          if (outcome === 'rekeyed') rekeyed++;
          else if (outcome !== 'current') failed.push({ accountId: account.id, reason: outcome });
        }
        more = page.nextCursor !== undefined;
      }
      const piiKid = ctx.keys.currentSecret('pii-encryption').kid;
      const actor: JournalParty = { type: 'support', id: operator.operatorId };
      await ctx.journal.append({
        actor,
        action: 'accounts.rekeyed',
        subject: actor,
        payload: { piiKid, blindIndexKid: ctx.keys.currentSecret('blind-index').kid, scanned, rekeyed, failed: failed.length },
      });
      return ok({ piiKid, scanned, rekeyed, failed, ...(more && cursor !== undefined ? { nextCursor: cursor } : {}) });
    },
  };
}
