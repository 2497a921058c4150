import { ConflictError } from '@kabinet/core';
import type { JournalSubjectKey } from '@kabinet/ports';
import { run } from '../_lib/in-transaction.js';
import { subjectKeyOf, type SubjectKeyRow } from '../_lib/journal-rows.js';
import { checkSubjectKey } from './_lib/check-entry.js';
import type { JournalContext } from './_lib/journal-context.js';

/** Attempts of `ensureSubjectKey` when a racing erasure removes the key it lost to. */
const ENSURE_ATTEMPTS = 8;

/**
 * The subject's data key: `keyIn` when it has none yet, else the one it has
 * (`JournalStore.ensureSubjectKey`). An insert `ON CONFLICT DO NOTHING` decides a race; the
 * loser reads the winner in a new snapshot.
 *
 * @param ctx - the store's pool, journal, schema and statements
 * @param keyIn - the key to store if the subject has none
 * @returns the subject's key, this one or the winner
 * @throws ConflictError when another subject's key has this id
 * @throws KabinetError `ERR_INVALID_ARGUMENT` for a malformed key
 * @example
 * ```ts
 * const key = await ensureSubjectKey(ctx, { id, subject, wrapKid, wrapped, createdAt: clock.now() });
 * ```
 */
export async function ensureSubjectKey(
  ctx: JournalContext,
  keyIn: JournalSubjectKey,
): Promise<JournalSubjectKey> {
  const { pool, journal, sql } = ctx;
  const key = checkSubjectKey(keyIn);
  const insert = [
    journal,
    key.id,
    key.subject.type,
    key.subject.id,
    key.wrapKid,
    key.wrapped,
    key.createdAt,
  ];
  for (let attempt = 0; attempt < ENSURE_ATTEMPTS; attempt++) {
    const inserted = await run<SubjectKeyRow>(
      pool,
      'journal.ensureSubjectKey',
      sql.INSERT_KEY,
      insert,
    );
    if (inserted[0] !== undefined) return subjectKeyOf(inserted[0]);
    // Lost to the subject's existing key (the winner, read in a new snapshot) or to another
    // subject's key with this id.
    const existing = await run<SubjectKeyRow>(pool, 'journal.ensureSubjectKey', sql.GET_KEY, [
      journal,
      key.subject.type,
      key.subject.id,
    ]);
    if (existing[0] !== undefined) return subjectKeyOf(existing[0]);
    if (
      (await run(pool, 'journal.ensureSubjectKey', sql.KEY_ID_TAKEN, [journal, key.id])).length > 0
    )
      throw new ConflictError('journal-subject-key', key.id, 0);
    // The key it lost to was erased meanwhile: try again.
  }
  throw new ConflictError('journal-subject-key', key.id, 0);
}
