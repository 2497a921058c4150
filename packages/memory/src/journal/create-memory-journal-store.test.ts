// Memory-specific cases; the shared JournalStore contract runs from test/contract.test.ts.
import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { createMemoryJournalStore } from './create-memory-journal-store.js';

describe('createMemoryJournalStore', () => {
  const entry = {
    v: 1 as const,
    seq: 0,
    ts: 5,
    actor: { type: 'system', id: 'sys' },
    action: 'x.y',
    subject: { type: 'account', id: 'acc_1' },
    payloadCommitment: null,
    prev: JOURNAL_GENESIS_HASH,
    hash: 'a'.repeat(64),
  };

  it('counts entries and rejects malformed entries as misuse without writing', async () => {
    const store = createMemoryJournalStore();
    await expect(store.append({ ...entry, hash: 'not hex' })).rejects.toSatisfy(
      (e) => KabinetError.isInstance(e) && e.code === 'ERR_INVALID_ARGUMENT',
    );
    await expect(store.append({ ...entry, seq: -1 })).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    expect(store.size).toBe(0);
    await store.append(entry);
    expect(store.size).toBe(1);
    expect(JSON.parse(store.peekEntry(0)!)).toEqual(entry);
  });

  it('returns frozen entries, so a caller cannot change the stored one', async () => {
    const store = createMemoryJournalStore();
    await store.append(entry);
    const [read] = await store.read(0, 1);
    expect(Object.isFrozen(read)).toBe(true);
    expect(Object.isFrozen(read!.actor)).toBe(true);
    expect(() => {
      (read as { action: string }).action = 'changed';
    }).toThrow(TypeError);
  });

  it('a payload needs a commitment in its entry', async () => {
    const store = createMemoryJournalStore();
    await store.ensureSubjectKey({
      id: 'k',
      subject: entry.subject,
      wrapKid: 'w',
      wrapped: 'x',
      createdAt: 0,
    });
    await expect(
      store.append(entry, {
        state: 'sealed',
        seq: 0,
        subject: entry.subject,
        keyId: 'k',
        iv: 'i',
        ciphertext: 'c',
      }),
    ).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });
});
