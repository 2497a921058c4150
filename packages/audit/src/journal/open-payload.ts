import type { JournalEntry } from '@kabinet/ports';
import type { PayloadView } from '../history/journal-event.js';
import { openSealedPayload } from '../_lib/payload-box.js';
import { partyKey, unwrapSubjectKey } from '../_lib/subject-key.js';
import type { JournalContext } from './_lib/journal-context.js';

/**
 * Opens an entry's payload: decrypts it under its subject's data key and checks it against
 * the entry's commitment, or says why it cannot (`none`, `missing`, `erased`, `mismatch`,
 * `unreadable`).
 *
 * @param ctx - the journal's context
 * @param entry - an entry of the chain
 * @returns the payload view
 * @example
 * ```ts
 * const view = await openPayload(ctx, entry);
 * if (view.status === 'present') console.log(view.payload);
 * ```
 */
export async function openPayload(ctx: JournalContext, entry: JournalEntry): Promise<PayloadView> {
  if (entry.payloadCommitment === null) return { status: 'none' };
  const record = await ctx.store.getPayload(entry.seq);
  if (record === undefined) return { status: 'missing' };
  if (record.state === 'erased') return { status: 'erased', erasedAt: record.erasedAt };
  if (partyKey(record.subject) !== partyKey(entry.subject)) return { status: 'mismatch' };
  const name = partyKey(record.subject);
  let cached = ctx.dataKeys.get(name);
  if (cached === undefined || cached.id !== record.keyId) {
    const stored = await ctx.store.getSubjectKey(record.subject);
    const key =
      stored === undefined || stored.id !== record.keyId
        ? undefined
        : unwrapSubjectKey(stored, ctx.keys);
    if (key === undefined) return { status: 'unreadable' };
    cached = { id: stored!.id, key };
    ctx.dataKeys.set(name, cached);
  }
  return openSealedPayload(record, cached.key, entry.payloadCommitment);
}
