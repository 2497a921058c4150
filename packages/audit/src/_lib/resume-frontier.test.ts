import { describe, expect, it } from 'vitest';
import { createMemoryJournalOutbox } from '@kabinet/memory';
import type { JournalEntry, JournalStore } from '@kabinet/ports';
import { hashEntry } from '../entry/hash-entry.js';
import { createJournal } from '../journal/create-journal.js';
import { createJournalSequencer } from '../sequencer/create-journal-sequencer.js';
import { setupJournal } from '../../test/fixtures/journal.js';

const alice = { type: 'account', id: 'acc_alice' };

/**
 * Three chained entries, then a store whose last entry an attacker re-linked: its `prev` is the
 * first entry's hash (not the second's) and its own `hash` is recomputed, so `seq` and the hash
 * check pass and only the link does not. No checkpoint is offered, so every entry is re-read.
 */
async function relinkedStore() {
  const { journal, store, keys, clock } = setupJournal({
    checkpoint: { everyEntries: 1_000, everyMs: 3_600_000 },
  });
  for (let i = 0; i < 3; i++)
    await journal.append({ actor: alice, action: 'x.step', subject: alice });
  const relink = (e: JournalEntry, first: JournalEntry): JournalEntry => {
    const { hash: _h, ...fields } = e;
    const changed = { ...fields, prev: first.hash };
    return { ...changed, hash: hashEntry(changed) };
  };
  const tampered: JournalStore = {
    ...store,
    read: async (from, limit) => {
      const all = await store.read(0, Number.MAX_SAFE_INTEGER);
      const edited = all.map((e) => (e.seq === 2 ? relink(e, all[0]!) : e));
      return edited.slice(from, from + limit);
    },
    latestCheckpoint: async () => undefined,
  };
  return { store, tampered, keys, clock };
}

describe('takeIntoFrontier', () => {
  it('S-14: a leader refuses to resume over an entry whose own hash is valid but whose prev does not link (ERR_JOURNAL_TAMPERED)', async () => {
    const { store, tampered, keys, clock } = await relinkedStore();
    const sequencer = createJournalSequencer({
      outbox: createMemoryJournalOutbox(store),
      store: tampered,
      keys,
      clock,
      origin: 'test-journal',
    });
    await expect(sequencer.step()).rejects.toMatchObject({
      code: 'ERR_JOURNAL_TAMPERED',
      details: { seq: 2 },
    });
  });

  it('S-14: the journal refuses to sign a checkpoint over an entry whose own hash is valid but whose prev does not link (ERR_JOURNAL_TAMPERED)', async () => {
    const { tampered, keys, clock } = await relinkedStore();
    const journal = createJournal({ store: tampered, keys, clock, origin: 'test-journal' });
    await expect(journal.checkpoint()).rejects.toMatchObject({
      code: 'ERR_JOURNAL_TAMPERED',
      details: { seq: 2 },
    });
  });
});
