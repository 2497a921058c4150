import { KabinetError, type Clock, JournalTamperedError } from '@kabinet/core';
import {
  JOURNAL_GENESIS_HASH,
  type JournalEntry,
  type JournalOutbox,
  type JournalSequencerLease,
  type JournalStore,
  type KeyProvider,
} from '@kabinet/ports';
import { signCheckpoint } from '../checkpoint/sign-checkpoint.js';
import { verifyCheckpoint } from '../checkpoint/verify-checkpoint.js';
import { leafHashForVerify } from '../_lib/fast-leaf.js';
import { createSerial } from '../_lib/serial.js';
import { createMerkleFrontier, type MerkleFrontier } from '../merkle/create-merkle-frontier.js';
import { defaultCheckpointPolicy } from '../journal/create-journal.js';
import type { JournalCheckpointPolicy } from '../journal/journal-types.js';
import { sealJournalBatch } from './seal-journal-batch.js';

/** Options of {@link createJournalSequencer}. */
export interface JournalSequencerOptions {
  /** The journal's outbox (PostgreSQL's or memory's). */
  readonly outbox: JournalOutbox;
  /** The journal's store: the chain the batches go into, and its checkpoints. */
  readonly store: JournalStore;
  /** Signing keys for checkpoints. */
  readonly keys: KeyProvider;
  /** The time checkpoints carry and the policy's `everyMs` is measured in. */
  readonly clock: Clock;
  /** Names this journal in its checkpoints (default `kabinet-journal`, as `createJournal`). */
  readonly origin?: string;
  /** When to sign checkpoints (default `defaultCheckpointPolicy`). */
  readonly checkpoint?: Partial<JournalCheckpointPolicy>;
  /** Pending entries moved per batch (default 500, at most 10 000). */
  readonly batchSize?: number;
  /** Hears errors of the polling loop and of checkpoints (a failed checkpoint is tried again after the next batch). */
  readonly onError?: (error: unknown) => void;
}

/** Options of {@link JournalSequencer.start}. */
export interface JournalSequencerStartOptions {
  /** Ms between polls when the outbox was empty or another instance leads (default 100). */
  readonly intervalMs?: number;
}

/**
 * The one sequencer of a journal (see {@link createJournalSequencer}).
 *
 * @example
 * ```ts
 * sequencer.start({ intervalMs: 100 });
 * unitOfWorkHooks.afterCommit = () => sequencer.wake();
 * await sequencer.stop();
 * ```
 */
export interface JournalSequencer {
  /** Whether this instance holds the journal's leadership now. */
  readonly leading: boolean;
  /**
   * One batch: takes the lead when it is free, then moves up to `batchSize` pending entries
   * into the chain and signs a checkpoint when one is due.
   * @returns the entries moved (0 when none waited or another instance leads)
   * @throws KabinetError `ERR_UNAVAILABLE` when the store is unreachable (leadership is
   *   dropped and taken again later); `ERR_JOURNAL_TAMPERED` when the chain does not verify
   */
  step(): Promise<number>;
  /** Batches until the outbox is empty or another instance leads; returns the entries moved. */
  drain(): Promise<number>;
  /** Starts polling: drains, then waits `intervalMs` or until {@link JournalSequencer.wake}. */
  start(options?: JournalSequencerStartOptions): void;
  /** Ends the current wait of the polling loop (call it after a unit of work commits). */
  wake(): void;
  /** Stops polling and gives leadership up. */
  stop(): Promise<void>;
}

const READ_BATCH = 4096;
const DEFAULT_BATCH = 500;
/** Batches tried at once when direct appends keep moving the chain under them. */
const CONFLICT_ATTEMPTS = 3;
const MAX_BATCH = 10_000;

const isCode = (error: unknown, code: string): boolean =>
  KabinetError.isInstance(error) && error.code === code;

/**
 * The sequencer of the journal's outbox mode (Trillian's and Tessera's split: writers only
 * enqueue, one signer sequences). Leadership comes from the outbox (on PostgreSQL a session
 * advisory lock held on the connection that writes the batches, so an instance that loses its
 * connection loses the lead and any other instance takes over). Each batch is one atomic step
 * of the outbox: pending entries are sealed into the chain by {@link sealJournalBatch}
 * (gap-free `seq`, `prev` links, `hash`) and written with their payloads while they leave the
 * outbox, so a crash at any point loses nothing and leaves no gap. The Merkle frontier is kept
 * in memory and persisted with every signed checkpoint (`frontier`); a new leader resumes from
 * the latest checkpoint whose signature and root check out and verifies every entry after it
 * before it signs anything (`ERR_JOURNAL_TAMPERED` otherwise), and signs at once when a
 * checkpoint fell due while no one led. Entries appended directly (`createJournal`) between
 * batches are taken in the same way.
 *
 * @param options - outbox, store, keys, clock, checkpoint policy and batch size
 * @returns the sequencer
 * @throws KabinetError `ERR_CONFIG` when the batch size or the checkpoint policy is not positive
 * @example
 * ```ts
 * const store = createPostgresJournalStore({ pool });
 * const sequencer = createJournalSequencer({ outbox: createPostgresJournalOutbox({ pool }), store, keys, clock: systemClock });
 * sequencer.start();                 // every instance runs one; one leads at a time
 * const uow = createPostgresUnitOfWork({ pool, clock: systemClock, afterCommit: () => sequencer.wake() });
 * ```
 */
export function createJournalSequencer(options: JournalSequencerOptions): JournalSequencer {
  const { outbox, store, keys, clock } = options;
  const origin = options.origin ?? 'kabinet-journal';
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const policy: JournalCheckpointPolicy = {
    everyEntries: options.checkpoint?.everyEntries ?? defaultCheckpointPolicy.everyEntries,
    everyMs: options.checkpoint?.everyMs ?? defaultCheckpointPolicy.everyMs,
  };
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) {
    throw new KabinetError('ERR_CONFIG', `batchSize must be an integer in 1…${MAX_BATCH}`, {
      details: { batchSize: String(batchSize) },
    });
  }
  if (!(policy.everyEntries >= 1) || !(policy.everyMs >= 1)) {
    throw new KabinetError(
      'ERR_CONFIG',
      'checkpoint.everyEntries and checkpoint.everyMs must be positive',
      { details: { ...policy } },
    );
  }
  const onError = options.onError ?? ((): void => undefined);
  const serial = createSerial();

  let lease: JournalSequencerLease | undefined;
  // The tree of the chain as far as this leader has checked it; undefined until (re)built.
  let frontier: MerkleFrontier | undefined;
  let frontierHead = JOURNAL_GENESIS_HASH;
  let lastCheckpoint: { size: number; ts: number } | undefined;

  /** Rebuilds the frontier from the latest trusted checkpoint and checks every entry after it. */
  async function resume(): Promise<MerkleFrontier> {
    let f = createMerkleFrontier();
    let head = JOURNAL_GENESIS_HASH;
    const latest = await store.latestCheckpoint();
    lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
    if (latest?.frontier !== undefined) {
      const signed = await verifyCheckpoint(latest.jws, keys.verificationKeys(), { origin });
      try {
        const resumed = createMerkleFrontier({ size: latest.size, hashes: latest.frontier });
        if (
          signed.success &&
          signed.data.size === latest.size &&
          signed.data.head === latest.head &&
          resumed.root() === signed.data.root
        ) {
          f = resumed;
          head = signed.data.head;
        }
      } catch {
        // A damaged frontier cache: rebuild from the first entry.
      }
    }
    for (;;) {
      const batch = await store.read(f.size, READ_BATCH);
      for (const e of batch) {
        if (e.seq !== f.size || e.prev !== head || leafHashForVerify(e) !== e.hash) {
          throw new JournalTamperedError(
            `journal entry ${f.size} does not chain; the sequencer stops`,
            { details: { seq: f.size } },
          );
        }
        f.append(e.hash);
        head = e.hash;
      }
      if (batch.length < READ_BATCH) break;
    }
    frontier = f;
    frontierHead = head;
    return f;
  }

  function checkpointDue(size: number): boolean {
    const lastSize = lastCheckpoint?.size ?? 0;
    return (
      size - lastSize >= policy.everyEntries ||
      (size > lastSize &&
        (lastCheckpoint === undefined || clock.now() - lastCheckpoint.ts >= policy.everyMs))
    );
  }

  async function signCheckpointNow(f: MerkleFrontier): Promise<void> {
    try {
      const key = keys.currentSigningKey();
      const body = { origin, size: f.size, root: f.root(), head: frontierHead, ts: clock.now() };
      const jws = await signCheckpoint(body, key);
      await store.putCheckpoint({
        size: body.size,
        root: body.root,
        head: body.head,
        ts: body.ts,
        kid: key.kid,
        jws,
        frontier: f.hashes(),
      });
      lastCheckpoint = { size: body.size, ts: body.ts };
    } catch (error) {
      if (isCode(error, 'ERR_CONFLICT')) {
        // Another signer (a direct appender) got there first.
        const latest = await store.latestCheckpoint();
        lastCheckpoint = latest === undefined ? undefined : { size: latest.size, ts: latest.ts };
        return;
      }
      onError(error);
    }
  }

  async function dropLease(): Promise<void> {
    const held = lease;
    lease = undefined;
    frontier = undefined;
    try {
      await held?.release();
    } catch {
      // The connection is gone: so is the lock.
    }
  }

  async function stepNow(): Promise<number> {
    if (lease === undefined) {
      lease = await outbox.lead();
      if (lease === undefined) return 0;
      frontier = undefined;
    }
    let entries: readonly JournalEntry[] | undefined;
    // A direct append moved the chain under the batch (nothing was written): rebuild from the
    // store and try again at once, so a unit's own entries are chained before it returns.
    for (let attempt = 1; entries === undefined; attempt++) {
      try {
        if (frontier === undefined) {
          const f = await resume();
          if (checkpointDue(f.size)) await signCheckpointNow(f);
        }
        entries = await lease.sequence(batchSize, sealJournalBatch);
      } catch (error) {
        // Whatever was written is in the store: rebuild from it next time.
        frontier = undefined;
        if (isCode(error, 'ERR_CONFLICT')) {
          if (attempt < CONFLICT_ATTEMPTS) continue;
          return 0;
        }
        if (!isCode(error, 'ERR_JOURNAL_TAMPERED')) await dropLease();
        throw error;
      }
    }
    if (entries.length === 0) return 0;
    let f: MerkleFrontier | undefined = frontier;
    if (f === undefined || f.size !== entries[0]!.seq) {
      // Entries were appended outside the outbox since the last batch: read them all.
      f = await resume();
    } else {
      for (const e of entries) f.append(e.hash);
      frontierHead = entries[entries.length - 1]!.hash;
    }
    if (checkpointDue(f.size)) await signCheckpointNow(f);
    return entries.length;
  }

  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;

  const step = (): Promise<number> => serial(stepNow);
  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await step();
      total += moved;
      if (moved === 0) return total;
    }
  }

  return {
    get leading() {
      return lease !== undefined;
    },
    step,
    drain,
    start(startOptions = {}) {
      if (running) return;
      const intervalMs = startOptions.intervalMs ?? 100;
      running = true;
      loop = (async () => {
        while (running) {
          try {
            await drain();
          } catch (error) {
            onError(error);
          }
          if (!running) break;
          await new Promise<void>((resolve) => {
            wakeUp = resolve;
            wakeTimer = setTimeout(resolve, intervalMs);
            // Polling alone does not keep the process alive (a server's socket does).
            wakeTimer.unref?.();
          });
          clearTimeout(wakeTimer);
          wakeUp = undefined;
        }
      })();
    },
    wake() {
      wakeUp?.();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      loop = undefined;
      await serial(dropLease);
    },
  };
}
