import type { JournalErasure, JournalParty } from '@kabinet/ports';
import { partyKey } from '../_lib/subject-key.js';
import type { JournalContext } from './_lib/journal-context.js';
import { appendEntry } from './append-entry.js';

/**
 * Erases a subject by crypto-shredding (S-12): its data key and sealed payloads are deleted
 * from the store (the chain keeps the commitments), then `journal.subject.erased` is journaled.
 *
 * @param ctx - the journal's context
 * @param subject - whose payloads to erase
 * @param actor - who erases them (journaled)
 * @returns what the store erased
 * @example
 * ```ts
 * const erasure = await eraseSubject(ctx, { type: 'account', id: 'acc_1' }, operator);
 * ```
 */
export async function eraseSubject(
  ctx: JournalContext,
  subject: JournalParty,
  actor: JournalParty,
): Promise<JournalErasure> {
  const erasure = await ctx.store.eraseSubject(
    { type: subject.type, id: subject.id },
    ctx.clock.now(),
  );
  ctx.dataKeys.delete(partyKey(subject));
  await appendEntry(ctx, { actor, action: 'journal.subject.erased', subject });
  return erasure;
}
