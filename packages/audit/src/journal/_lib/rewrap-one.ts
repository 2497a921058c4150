import { KabinetError } from '@kabinet/core';
import type { JournalSubjectKey } from '@kabinet/ports';
import { rewrapSubjectKey } from '../../_lib/subject-key.js';
import type { UnreadableSubjectKey } from '../journal-types.js';
import type { JournalContext } from './journal-context.js';

/**
 * Re-wraps one data key under `wrapKid` by compare-and-swap; re-reads after a lost swap, and
 * never writes an erased key back.
 *
 * @throws KabinetError `ERR_CONFLICT` when the key changed under `maxAttempts` swaps
 */
export async function rewrapOne(
  ctx: JournalContext,
  found: JournalSubjectKey,
  wrapKid: string,
): Promise<'rewrapped' | 'skipped' | 'erased' | UnreadableSubjectKey> {
  let record: JournalSubjectKey | undefined = found;
  for (let attempt = 1; attempt <= ctx.maxAttempts; attempt++) {
    if (record === undefined) return 'erased';
    if (record.wrapKid === wrapKid) return 'skipped';
    const next = rewrapSubjectKey(record, ctx.keys, ctx.random);
    if (next === undefined)
      return {
        subject: { type: record.subject.type, id: record.subject.id },
        keyId: record.id,
        wrapKid: record.wrapKid,
      };
    if (await ctx.store.replaceSubjectKey(record, next)) return 'rewrapped';
    // Erased, re-wrapped by another run, or replaced by a new key meanwhile: look again.
    record = await ctx.store.getSubjectKey(record.subject);
  }
  throw new KabinetError(
    'ERR_CONFLICT',
    `the data key of a subject changed under ${ctx.maxAttempts} re-wrap attempts`,
    { details: { attempts: ctx.maxAttempts } },
  );
}
