import { KabinetError, isConflict } from '@kabinet/core';
import { JOURNAL_GENESIS_HASH, type JournalEntry } from '@kabinet/ports';
import type { JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import type { JournalAppendInput } from '../entry/check-append-input.js';
import { assertAppendInput } from '../_lib/assert-append-input.js';
import { leafHashOfSafeEntry } from '../_lib/fast-leaf.js';
import { sealPayload } from '../_lib/payload-box.js';
import { subjectDataKey } from '../_lib/subject-data-key.js';
import { partyKey } from '../_lib/subject-key.js';
import type { JournalContext } from './_lib/journal-context.js';
import { checkpointDueAt, maybeCheckpoint } from './_lib/sign-at.js';

/**
 * Appends one event to the hash chain (AUD-1): checks the input, seals the payload under the
 * subject's data key, links the entry after the head and stores it, retrying when another
 * appender won the `seq` (so many instances stay gap-free and fork-free), then signs a
 * checkpoint when one is due.
 *
 * @param ctx - the journal's context
 * @param input - actor, action, subject and the action's payload
 * @returns the stored entry
 * @throws KabinetError `ERR_INVALID_ARGUMENT` on input `checkAppendInput` rejects;
 *   `ERR_CONFLICT` after `maxAppendAttempts` lost races
 * @example
 * ```ts
 * const entry = await appendEntry(ctx, { actor, action: 'account.login.succeeded', subject: actor, payload: { ip } });
 * ```
 */
export async function appendEntry<A extends JournalAction>(
  ctx: JournalContext,
  input: JournalAppendInput<A, JournalPayloadOf<A>>,
): Promise<JournalEntry> {
  assertAppendInput(input);
  const { store, clock, maxAttempts } = ctx;
  const actor = Object.freeze({ type: input.actor.type, id: input.actor.id });
  const subject = Object.freeze({ type: input.subject.type, id: input.subject.id });
  const action: string = input.action;
  const payload = input.payload;
  return ctx.serial(async () => {
    let sealed: { commitment: string; iv: string; ciphertext: string; keyId: string } | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (!ctx.headKnown) {
        ctx.head = await store.head();
        ctx.headKnown = true;
      }
      if (payload !== undefined && sealed === undefined) {
        const dk = await subjectDataKey(ctx, store, subject);
        sealed = { ...sealPayload(payload, subject, dk.id, dk.key, ctx.random), keyId: dk.id };
      }
      const head = ctx.head;
      const seq = head === undefined ? 0 : head.seq + 1;
      const entry = {
        v: 1 as const,
        seq,
        ts: Math.max(clock.now(), head?.ts ?? 0),
        actor,
        action,
        subject,
        payloadCommitment: sealed?.commitment ?? null,
        prev: head?.hash ?? JOURNAL_GENESIS_HASH,
        hash: '',
      };
      // Every string here is safe: parties and action passed checkAppendInput, prev and the
      // commitment are hex. The hash is set on the one object (no copy per append).
      entry.hash = leafHashOfSafeEntry(entry);
      Object.freeze(entry);
      try {
        await store.append(
          entry,
          sealed === undefined
            ? undefined
            : {
                state: 'sealed',
                seq,
                subject,
                keyId: sealed.keyId,
                iv: sealed.iv,
                ciphertext: sealed.ciphertext,
              },
        );
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Another appender won this seq, or the subject's key changed: re-read and retry.
        ctx.headKnown = false;
        if (sealed !== undefined) {
          ctx.dataKeys.delete(partyKey(subject));
          sealed = undefined;
        }
        continue;
      }
      ctx.head = entry;
      if (ctx.frontier !== undefined && ctx.frontier.size === seq) {
        ctx.frontier.append(entry.hash);
        ctx.frontierHead = entry.hash;
      }
      // The common case (checkpoint known and not due) stays synchronous.
      if (!ctx.lastCheckpointKnown || checkpointDueAt(ctx, entry, ctx.lastCheckpoint))
        await maybeCheckpoint(ctx, entry);
      return entry;
    }
    throw new KabinetError('ERR_CONFLICT', `journal append lost ${maxAttempts} races in a row`, {
      details: { attempts: maxAttempts },
    });
  });
}
