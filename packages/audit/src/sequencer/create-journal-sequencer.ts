import { createSerial } from '../_lib/serial.js';
import { dropLease } from './_lib/drop-lease.js';
import { createSequencerContext } from './_lib/sequencer-context.js';
import type { JournalSequencer, JournalSequencerOptions } from './journal-sequencer-types.js';
import { stepSequencer } from './step-sequencer.js';

/**
 * The sequencer of the journal's outbox mode (Trillian's and Tessera's split: writers only
 * enqueue, one signer sequences). Leadership comes from the outbox (on PostgreSQL a session
 * advisory lock held on the connection that writes the batches, so an instance that loses its
 * connection loses the lead and any other instance takes over). Each batch is one atomic step
 * of the outbox: pending entries are sealed into the chain by `sealJournalBatch`
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
  const ctx = createSequencerContext(options);
  const serial = createSerial();
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;

  const step = (): Promise<number> => serial(() => stepSequencer(ctx));
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
      return ctx.lease !== undefined;
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
            ctx.onError(error);
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
      await serial(() => dropLease(ctx));
    },
  };
}
