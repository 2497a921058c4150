import { foldContactVersions } from '../history/fold-contact-versions.js';
import { foldLoginLog } from '../history/fold-login-log.js';
import { createJournalContext } from './_lib/journal-context.js';
import { appendEntry } from './append-entry.js';
import { eraseSubject } from './erase-subject.js';
import type { JournalOptions } from './journal-options.js';
import type { Journal } from './journal-types.js';
import { openPayload } from './open-payload.js';
import { proveConsistency } from './prove-consistency.js';
import { proveInclusion } from './prove-inclusion.js';
import { readEvents } from './read-events.js';
import { readHistory } from './read-history.js';
import { restoreContact } from './restore-contact.js';
import { rewrapSubjectKeys } from './rewrap-subject-keys.js';
import { takeCheckpoint } from './take-checkpoint.js';
import { verifyJournal } from './verify-journal.js';

export type { JournalOptions } from './journal-options.js';

/**
 * Creates the journal service over a `JournalStore`: appends events to the hash chain
 * (retrying on `ConflictError`, so concurrent appenders on many instances stay gap-free and
 * fork-free), keeps payloads encrypted per subject beside the chain (AES-256-GCM with a
 * per-subject data key wrapped by the `journal-payload` secret), signs checkpoints every N
 * entries or T ms, verifies, proves, queries, folds history and erases subjects. Each method
 * is one module of `journal/` run on this journal's context.
 *
 * @param options - store, keys, clock and checkpoint policy
 * @returns the journal
 * @throws KabinetError `ERR_CONFIG` when the checkpoint policy is not positive
 * @example
 * ```ts
 * const journal = createJournal({ store, keys, clock, checkpoint: { everyEntries: 1000, everyMs: 60_000 } });
 * await journal.append({
 *   actor: { type: 'account', id: 'acc_1' }, action: 'contact.changed', subject: { type: 'account', id: 'acc_1' },
 *   payload: { kind: 'phone', before: '+79161234567', after: '+79161234568' },
 * });
 * const report = await journal.verify(trustedCheckpointJws);
 * ```
 */
export function createJournal(options: JournalOptions): Journal {
  const ctx = createJournalContext(options);
  const history: Journal['history'] = (subject, opts) => readHistory(ctx, subject, opts);
  return {
    origin: ctx.origin,
    append: (input) => appendEntry(ctx, input),
    checkpoint: () => takeCheckpoint(ctx),
    verify: (trustedCheckpoint, opts) => verifyJournal(ctx, trustedCheckpoint, opts),
    proveInclusion: (seq, size) => proveInclusion(ctx, seq, size),
    proveConsistency: (size1, size2) => proveConsistency(ctx, size1, size2),
    query: (filter, page) => ctx.store.query(filter, page),
    events: (filter, page) => readEvents(ctx, filter, page),
    history,
    async contactVersions(subject, kind, untilSeq) {
      return foldContactVersions(
        await history(subject, untilSeq === undefined ? {} : { untilSeq }),
        kind,
      );
    },
    restoreContact: (input) => restoreContact(ctx, input),
    async loginLog(subject, untilSeq) {
      return foldLoginLog(await history(subject, untilSeq === undefined ? {} : { untilSeq }));
    },
    openPayload: (entry) => openPayload(ctx, entry),
    erase: (subject, actor) => eraseSubject(ctx, subject, actor),
    rewrapSubjectKeys: (actor, opts) => rewrapSubjectKeys(ctx, actor, opts),
  };
}
