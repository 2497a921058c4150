import type { Clock, Random } from '@kabinet/core';
import {
  createJournalEnqueuer,
  createJournalSequencer,
  type JournalSequencer,
} from '@kabinet/audit/sequencer';
import { createJournaledUnits, type JournaledUnits } from '@kabinet/audit/units';
import type { JournalStore, KeyProvider } from '@kabinet/ports';
import type { KabinetConfig } from '../setup/kabinet-config.js';

/** Ms within which the default hearer writes one message once (an outage fails every poll). */
const REPORT_EVERY_MS = 60_000;

/**
 * The default hearer of the journal's background errors: the message only (no payloads, no
 * personal data), each distinct message at most once a minute.
 */
export function journalErrorReporter(): (error: unknown) => void {
  const last = new Map<string, number>();
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    const now = Date.now();
    if (now - (last.get(message) ?? -Infinity) < REPORT_EVERY_MS) return;
    last.set(message, now);
    console.error(`kabinet journal: ${message}`);
  };
}

/**
 * Units whose account writes and journal entries commit together, with the sequencer that
 * chains the outbox — when the backend has a unit of work and a journal outbox.
 */
export function atomicUnits(
  config: KabinetConfig,
  journalStore: JournalStore,
  options: {
    keys: KeyProvider;
    clock: Clock;
    random: Random;
    origin: { origin?: string };
    onError: (error: unknown) => void;
  },
): { units: JournaledUnits; sequencer: JournalSequencer } | undefined {
  const backend = config.backend;
  if (backend.unitOfWork === undefined || backend.journalOutbox === undefined) return undefined;
  const { keys, clock, random, onError } = options;
  const sequencer = createJournalSequencer({
    outbox: backend.journalOutbox,
    store: journalStore,
    keys,
    clock,
    ...options.origin,
    ...(config.journal?.checkpoint === undefined ? {} : { checkpoint: config.journal.checkpoint }),
    onError,
  });
  sequencer.start({ intervalMs: config.journal?.sequencerIntervalMs ?? 100 });
  const units = createJournaledUnits({
    unitOfWork: backend.unitOfWork,
    enqueuer: createJournalEnqueuer({ keys, clock, random }),
    // This instance's own entries are chained before the call returns (one batch, when it leads).
    afterCommit: () => sequencer.step(),
    onError,
  });
  return { units, sequencer };
}
