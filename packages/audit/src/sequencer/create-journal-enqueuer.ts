import { KabinetError, cryptoRandom, isConflict, type Clock, type Random } from '@kabinet/core';
import type {
  JournalParty,
  JournalPendingEntry,
  KeyProvider,
  UnitOfWorkScope,
} from '@kabinet/ports';
import type { JournalAction, JournalPayloadOf } from '../actions/journal-actions.js';
import {
  checkAppendInput,
  isPlainAppendInputValid,
  type JournalAppendInput,
} from '../entry/check-append-input.js';
import { Lru } from '../_lib/lru.js';
import { sealPayload } from '../_lib/payload-box.js';
import { newSubjectKey, partyKey, unwrapSubjectKey } from '../_lib/subject-key.js';

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
  const dataKeys = new Lru<string, { id: string; key: Uint8Array }>(1024);

  async function dataKeyFor(
    scope: JournalEnqueueScope,
    subject: JournalParty,
  ): Promise<{ id: string; key: Uint8Array }> {
    const name = partyKey(subject);
    const cached = dataKeys.get(name);
    if (cached !== undefined) return cached;
    let record = await scope.journalKeys.getSubjectKey(subject);
    let key: Uint8Array | undefined;
    if (record === undefined) {
      const fresh = newSubjectKey(subject, keys, clock.now(), random);
      record = await scope.journalKeys.ensureSubjectKey(fresh.record);
      key = record.id === fresh.record.id ? fresh.key : unwrapSubjectKey(record, keys);
    } else {
      key = unwrapSubjectKey(record, keys);
    }
    if (key === undefined) {
      throw new KabinetError(
        'ERR_CRYPTO',
        'cannot unwrap the subject data key: is its journal-payload secret still configured?',
        { details: { wrapKid: record.wrapKid } },
      );
    }
    const entry = { id: record.id, key };
    dataKeys.set(name, entry);
    return entry;
  }

  return {
    async enqueue(scope, input) {
      if (!isPlainAppendInputValid(input)) {
        const checked = checkAppendInput(input);
        if (!checked.success) {
          const first = checked.issues[0]!;
          throw new KabinetError(
            'ERR_INVALID_ARGUMENT',
            `journal input rejected: ${first.code} at ${first.path.join('.')}`,
            {
              details: { code: first.code, path: first.path.join('.') },
            },
          );
        }
      }
      const actor = { type: input.actor.type, id: input.actor.id };
      const subject = { type: input.subject.type, id: input.subject.id };
      const base = { ts: clock.now(), actor, action: input.action, subject };
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        let pending: JournalPendingEntry;
        if (input.payload === undefined) {
          pending = { ...base, payloadCommitment: null };
        } else {
          const dk = await dataKeyFor(scope, subject);
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
