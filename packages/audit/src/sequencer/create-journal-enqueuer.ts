import { KabinetError, cryptoRandom, isConflict, type Clock, type Random } from '@kabinet/core';
import type { JournalPendingEntry, KeyProvider, UnitOfWorkScope } from '@kabinet/ports';
import type { JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import type { JournalAppendInput } from '../entry/check-append-input.js';
import { assertAppendInput } from '../_lib/assert-append-input.js';
import { Lru } from '../_lib/lru.js';
import { sealPayload } from '../_lib/payload-box.js';
import { subjectDataKey, type DataKey } from '../_lib/subject-data-key.js';
import { partyKey } from '../_lib/subject-key.js';

/** Options of {@link createJournalEnqueuer}. */
export interface JournalEnqueuerOptions {
  /** The `journal-payload` secret wraps the subjects' data keys. */
  readonly keys: KeyProvider;
  /** The time pending entries carry. */
  readonly clock: Clock;
  /** Randomness for data keys, salts and nonces (default: the CSPRNG). */
  readonly random?: Random;
  /** Attempts when the subject's data key changes under an enqueue (default 10). */
  readonly maxAttempts?: number;
}

/** What a unit of work gives the enqueuer: its outbox and its subject keys. */
export type JournalEnqueueScope = Pick<UnitOfWorkScope, 'enqueue' | 'journalKeys'>;

/**
 * The journal's outbox mode (see {@link createJournalEnqueuer}).
 *
 * @example
 * ```ts
 * await unitOfWork.run(async (scope) => {
 *   await enqueuer.enqueue(scope, { actor, action: 'account.login.succeeded', subject: actor, payload: { ip } });
 * });
 * ```
 */
export interface JournalEnqueuer {
  /**
   * Checks the input, seals the payload under the subject's data key and enqueues the entry in
   * the unit of work; returns what was enqueued (the sequencer gives it `seq`, `prev`, `hash`).
   * @throws KabinetError `ERR_INVALID_ARGUMENT` (with `details.code`/`details.path`) on input
   *   `checkAppendInput` rejects; `ERR_CONFLICT` when the subject's key kept changing
   */
  enqueue<A extends JournalAction>(
    scope: JournalEnqueueScope,
    input: JournalAppendInput<A, JournalPayloadOf<A>>,
  ): Promise<JournalPendingEntry>;
}

/**
 * The journal in outbox mode: a step enqueues its entries inside its unit of work, so they
 * commit with its writes, and a {@link createJournalSequencer} gives them their place in the
 * chain later. The payload is sealed here, when enqueued, exactly as `createJournal`'s
 * `append` seals it (a salted commitment in the entry, AES-256-GCM under the subject's data
 * key beside it, S-12); only `seq`, `prev` and `hash` are left to the sequencer. Data keys are
 * read and created through the unit (`scope.journalKeys`) and cached; a key erased or
 * replaced meanwhile makes `scope.enqueue` refuse, and the payload is sealed again under the
 * current key (or, when the unit learns it only at its commit, the cached key is dropped and
 * the unit fails with `ConflictError`, to be run again).
 *
 * @param options - keys, clock and randomness
 * @returns the enqueuer
 * @example
 * ```ts
 * const enqueuer = createJournalEnqueuer({ keys, clock });
 * await unitOfWork.run(async (scope) => {
 *   await scope.versioned<AccountRecord>('accounts').update(next, stored.version);
 *   await enqueuer.enqueue(scope, { actor, action: 'contact.changed', subject: actor, payload: { kind: 'phone', before, after } });
 * });
 * ```
 */
export function createJournalEnqueuer(options: JournalEnqueuerOptions): JournalEnqueuer {
  const { keys, clock } = options;
  const random = options.random ?? cryptoRandom;
  const maxAttempts = options.maxAttempts ?? 10;
  const dataKeys = new Lru<string, DataKey>(1024);
  const deps = { keys, clock, random, dataKeys };

  return {
    async enqueue(scope, input) {
      assertAppendInput(input);
      const actor = { type: input.actor.type, id: input.actor.id };
      const subject = { type: input.subject.type, id: input.subject.id };
      const base = { ts: clock.now(), actor, action: input.action, subject };
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        let pending: JournalPendingEntry;
        if (input.payload === undefined) {
          pending = { ...base, payloadCommitment: null };
        } else {
          const dk = await subjectDataKey(deps, scope.journalKeys, subject);
          const sealed = sealPayload(input.payload, subject, dk.id, dk.key, random);
          pending = {
            ...base,
            payloadCommitment: sealed.commitment,
            payload: {
              state: 'sealed',
              keyId: dk.id,
              iv: sealed.iv,
              ciphertext: sealed.ciphertext,
            },
          };
        }
        try {
          // Told when a pipelined unit learns at its commit that the key was stale: the unit
          // fails with ConflictError, and its retry seals under the subject's current key.
          await scope.enqueue(pending, () => dataKeys.delete(partyKey(subject)));
          return pending;
        } catch (error) {
          if (!isConflict(error) || input.payload === undefined) throw error;
          // The subject's key was erased or replaced: seal again under its current key.
          dataKeys.delete(partyKey(subject));
        }
      }
      throw new KabinetError(
        'ERR_CONFLICT',
        `the subject's data key changed under ${maxAttempts} enqueue attempts`,
        { details: { attempts: maxAttempts } },
      );
    },
  };
}
