import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import {
  createMemoryJournalOutbox,
  createMemoryJournalStore,
  createMemoryUnitOfWork,
  createMemoryVersionedStore,
} from '@kabinet/memory';
import type { JournalParty, StoreRecord, VersionedStore } from '@kabinet/ports';
import { createJournal } from '../journal/create-journal.js';
import { createJournalEnqueuer } from '../sequencer/create-journal-enqueuer.js';
import { createJournalSequencer } from '../sequencer/create-journal-sequencer.js';
import { createTestKeys } from '../../test/fixtures/keys.js';
import { createJournaledUnits } from './create-journaled-units.js';
import { directJournaledUnits } from './direct-journaled-units.js';
import type { JournaledUnits } from './journaled-units.js';
import { createFakeClock } from '@kabinet/core/testing';

interface Note extends StoreRecord {
  readonly text: string;
}

const alice: JournalParty = { type: 'account', id: 'acc_alice' };

/** Both kinds of units over one memory journal and one versioned collection. */
function setup(kind: 'direct' | 'outbox') {
  const clock = createFakeClock(Date.UTC(2026, 0, 1));
  const keys = createTestKeys();
  const store = createMemoryJournalStore();
  const notes = createMemoryVersionedStore<Note>({ clock, entity: 'note' });
  const versioned = <T extends StoreRecord>(): VersionedStore<T> =>
    notes as unknown as VersionedStore<T>;
  const journal = createJournal({ store, keys, clock });
  const sequencer = createJournalSequencer({
    outbox: createMemoryJournalOutbox(store),
    store,
    keys,
    clock,
  });
  const hooks: string[] = [];
  const units: JournaledUnits =
    kind === 'direct'
      ? directJournaledUnits({ versioned, journal })
      : createJournaledUnits({
          unitOfWork: createMemoryUnitOfWork({ versioned, journal: store }),
          enqueuer: createJournalEnqueuer({ keys, clock }),
          afterCommit: async () => {
            hooks.push('after');
            await sequencer.drain();
          },
        });
  return { units, journal, notes, hooks, sequencer };
}

describe('journaled units', () => {
  it.each(['direct', 'outbox'] as const)(
    'AUD-1 (%s): a unit writes, then its entries reach the chain in order, with their payloads',
    async (kind) => {
      const { units, journal, notes } = setup(kind);
      const written = await units.run(async (unit) => {
        const note = await unit.versioned<Note>('notes').create({ id: 'n1', text: 'hello' });
        await unit.append({
          actor: alice,
          action: 'note.created',
          subject: alice,
          payload: { id: note.id },
        });
        await unit.append({ actor: alice, action: 'note.shown', subject: alice });
        return note;
      });
      expect(written).toMatchObject({ id: 'n1', version: 1 });
      expect(await notes.get('n1')).toMatchObject({ text: 'hello' });
      const events = await journal.history(alice);
      expect(events.map((e) => e.entry.action)).toEqual(['note.created', 'note.shown']);
      expect(events[0]!.payload).toEqual({ status: 'present', data: { id: 'n1' } });
      expect(await journal.verify(undefined, { payloads: true })).toMatchObject({ ok: true });
    },
  );

  it('AUD-1: a direct unit whose work throws journals nothing of it (property: any throw point among any entries)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        async (count, throwAt) => {
          const { units, journal } = setup('direct');
          const run = units.run(async (unit) => {
            for (let i = 0; i < count; i++) {
              if (i === throwAt) throw new Error('step refused');
              await unit.append({
                actor: alice,
                action: 'note.step',
                subject: alice,
                payload: { i },
              });
            }
            return count;
          });
          if (throwAt < count) {
            await expect(run).rejects.toThrow('step refused');
            expect(await journal.history(alice)).toEqual([]);
          } else {
            await expect(run).resolves.toBe(count);
            expect(
              (await journal.history(alice)).map(
                (e) => (e.payload as { data: { i: number } }).data.i,
              ),
            ).toEqual(Array.from({ length: count }, (_, i) => i));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("S-14: units are atomic exactly when their unit of work is (memory's is not; direct units never are)", () => {
    expect(setup('outbox').units.atomic).toBe(false);
    expect(setup('direct').units.atomic).toBe(false);
    const clock = createFakeClock(0);
    const atomic = createJournaledUnits({
      unitOfWork: { atomic: true, run: (work) => work({} as never) },
      enqueuer: createJournalEnqueuer({ keys: createTestKeys(), clock }),
    });
    expect(atomic.atomic).toBe(true);
  });

  it('AUD-1: the after-commit hook runs after a unit that resolved, not after one that threw; its failure reaches onError, not the caller', async () => {
    const { units, hooks } = setup('outbox');
    await units.run(async (unit) =>
      unit.append({ actor: alice, action: 'note.step', subject: alice }),
    );
    await expect(units.run(async () => Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    );
    expect(hooks).toEqual(['after']);

    const clock = createFakeClock(0);
    const heard: unknown[] = [];
    const failing = createJournaledUnits({
      unitOfWork: createMemoryUnitOfWork({
        versioned: () => createMemoryVersionedStore({ clock }) as never,
        journal: createMemoryJournalStore(),
      }),
      enqueuer: createJournalEnqueuer({ keys: createTestKeys(), clock }),
      afterCommit: () => Promise.reject(new Error('sequencer down')),
      onError: (error) => heard.push(error),
    });
    await expect(failing.run(async () => 'done')).resolves.toBe('done');
    expect(heard).toMatchObject([{ message: 'sequencer down' }]);
  });
});
