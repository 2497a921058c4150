import { KabinetError } from '@kabinet/core';
import type { JournalParty } from '@kabinet/ports';
import { assertAppendInput } from '../_lib/assert-append-input.js';
import type { JournalContext } from './_lib/journal-context.js';
import { rewrapOne } from './_lib/rewrap-one.js';
import { appendEntry } from './append-entry.js';
import type {
  RewrapReport,
  RewrapSubjectKeysOptions,
  UnreadableSubjectKey,
} from './journal-types.js';

/** Page size of `rewrapSubjectKeys` by default, and its maximum (the store's guaranteed page limit). */
const REWRAP_BATCH = 100;
const MAX_REWRAP_BATCH = 1000;
/** The subject of `journal.keys.rewrapped`: the data keys under the `journal-payload` secret. */
const JOURNAL_KEYS: JournalParty = Object.freeze({ type: 'system', id: 'journal-keys' });

/**
 * Re-wraps the subjects' data keys under the current `journal-payload` secret, page by page
 * (at most `limit` keys examined; `nextCursor` resumes), and journals the run as
 * `journal.keys.rewrapped`.
 *
 * @param ctx - the journal's context
 * @param actor - who runs it (journaled)
 * @param options - page size, cursor and limit
 * @returns the counts, the keys that could not be unwrapped, and the cursor to resume from
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a bad page size, limit or actor
 * @example
 * ```ts
 * const report = await rewrapSubjectKeys(ctx, { type: 'operator', id: 'op_1' }, { limit: 10_000 });
 * ```
 */
export async function rewrapSubjectKeys(
  ctx: JournalContext,
  actor: JournalParty,
  options: RewrapSubjectKeysOptions = {},
): Promise<RewrapReport> {
  const batchSize = options.batchSize ?? REWRAP_BATCH;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_REWRAP_BATCH) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `batchSize must be an integer in 1…${MAX_REWRAP_BATCH}`,
      { details: { batchSize: String(batchSize) } },
    );
  }
  if (options.limit !== undefined && (!Number.isSafeInteger(limit) || limit < 1)) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'limit must be a positive integer', {
      details: { limit: String(options.limit) },
    });
  }
  // A bad actor is refused before any key is touched, not when the run is journaled.
  assertAppendInput({ actor, action: 'journal.keys.rewrapped', subject: JOURNAL_KEYS });
  const wrapKid = ctx.keys.currentSecret('journal-payload').kid;
  const counts = { rewrapped: 0, skipped: 0, erased: 0 };
  const unreadable: UnreadableSubjectKey[] = [];
  let examined = 0;
  let after = options.cursor;
  let nextCursor: string | undefined;
  for (;;) {
    const want = Math.min(batchSize, limit - examined);
    // Keyset pages on the key id over the keys not yet under the current secret: a re-wrapped
    // key leaves the listing without shifting the pages after it.
    const page = await ctx.store.listSubjectKeys(
      { notWrappedBy: wrapKid },
      after === undefined ? { limit: want } : { limit: want, after },
    );
    for (const record of page.items) {
      const outcome = await rewrapOne(ctx, record, wrapKid);
      if (typeof outcome === 'string') counts[outcome]++;
      else unreadable.push(outcome);
    }
    examined += page.items.length;
    if (page.nextCursor === undefined) break;
    after = page.nextCursor;
    if (examined >= limit) {
      nextCursor = after;
      break;
    }
  }
  await appendEntry(ctx, {
    actor,
    action: 'journal.keys.rewrapped',
    subject: JOURNAL_KEYS,
    payload: {
      wrapKid,
      ...counts,
      unreadable: unreadable.length,
      complete: nextCursor === undefined,
    },
  });
  return { wrapKid, ...counts, unreadable, ...(nextCursor === undefined ? {} : { nextCursor }) };
}
