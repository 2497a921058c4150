import { createHash } from 'node:crypto';
import {
  JOURNAL_GENESIS_HASH,
  type JournalBatchSealer,
  type JournalParty,
  type JournalPendingEntry,
  type StoreRecord,
  type VersionedStore,
} from '@kabinet/ports';
import { describe, expect, it } from 'vitest';
import { createMemoryJournalOutbox } from '../journal/create-memory-journal-outbox.js';
import { createMemoryJournalStore } from '../journal/create-memory-journal-store.js';
import { createMemoryVersionedStore } from '../store/create-memory-versioned-store.js';
import { createMemoryUnitOfWork } from './create-memory-unit-of-work.js';
import { createFakeClock } from '@kabinet/core/testing';

const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A stand-in for @kabinet/audit's sealJournalBatch: chains the batch after the head with a digest of the fields. */
const seal: JournalBatchSealer = (pending, head) => {
  let prev = head?.hash ?? JOURNAL_GENESIS_HASH;
  let seq = head === undefined ? 0 : head.seq + 1;
  return pending.map((p) => {
    const fields = {
      v: 1 as const,
      seq: seq++,
      ts: p.ts,
      actor: p.actor,
      action: p.action,
      subject: p.subject,
      payloadCommitment: p.payloadCommitment,
      prev,
    };
    prev = hex(JSON.stringify(fields));
    return { ...fields, hash: prev };
  });
};

const pending = (over: Partial<JournalPendingEntry> = {}): JournalPendingEntry => ({
  ts: 1,
  actor: alice,
  action: 'test.step',
  subject: alice,
  payloadCommitment: null,
  ...over,
});
const sealedUnder = (keyId: string): JournalPendingEntry =>
  pending({
    payloadCommitment: hex(keyId),
    payload: { state: 'sealed', keyId, iv: 'iv', ciphertext: `ct-${keyId}` },
  });

interface Row extends StoreRecord {
  readonly n: number;
}

describe('createMemoryUnitOfWork', () => {
  it('writes and enqueues through the scope; afterCommit runs before run() settles; the scope is closed afterwards', async () => {
    const clock = createFakeClock();
    const rows = createMemoryVersionedStore<Row>({ clock });
    const journal = createMemoryJournalStore();
    const outbox = createMemoryJournalOutbox(journal);
    const uow = createMemoryUnitOfWork({
      versioned: <T extends StoreRecord>() => rows as unknown as VersionedStore<T>,
      journal,
      afterCommit: async () => {
        const lease = (await outbox.lead())!;
        await lease.sequence(100, seal);
        await lease.release();
      },
    });
    let kept: Parameters<Parameters<typeof uow.run>[0]>[0] | undefined;
    const written = await uow.run(async (scope) => {
      kept = scope;
      const stored = await scope.versioned<Row>('rows').create({ id: 'r1', n: 1 });
      await scope.enqueue(pending());
      return stored;
    });
    expect(written.version).toBe(1);
    expect(journal.size).toBe(1);
    expect(journal.pendingCount).toBe(0);
    expect(() => kept!.versioned('rows')).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_STATE' }),
    );
    await expect(kept!.enqueue(pending())).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
  });

  it('has no rollback: what a unit wrote and enqueued before it threw stays, and the error reaches the caller', async () => {
    const clock = createFakeClock();
    const rows = createMemoryVersionedStore<Row>({ clock });
    const journal = createMemoryJournalStore();
    const errors: unknown[] = [];
    const uow = createMemoryUnitOfWork({
      versioned: <T extends StoreRecord>() => rows as unknown as VersionedStore<T>,
      journal,
      afterCommit: () => {
        throw new Error('hook');
      },
      onError: (e) => errors.push(e),
    });
    await expect(
      uow.run(async (scope) => {
        await scope.versioned<Row>('rows').create({ id: 'r1', n: 1 });
        await scope.enqueue(pending());
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect(await rows.get('r1')).toBeDefined();
    expect(journal.pendingCount).toBe(1);
    expect(errors).toEqual([expect.objectContaining({ message: 'hook' })]);
  });
});

describe('memory journal outbox', () => {
  it("S-12: enqueue refuses a payload sealed under a key that is not the subject's; an erasure erases pending payloads", async () => {
    const journal = createMemoryJournalStore();
    await journal.ensureSubjectKey({
      id: 'jdk_1',
      subject: alice,
      wrapKid: 'k',
      wrapped: 'w',
      createdAt: 1,
    });
    expect(() => journal.enqueue(sealedUnder('jdk_other'))).toThrowError(
      expect.objectContaining({ code: 'ERR_CONFLICT' }),
    );
    expect(() =>
      journal.enqueue({ ...sealedUnder('jdk_1'), payload: { state: 'erased', erasedAt: 1 } }),
    ).toThrowError(expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }));
    journal.enqueue(sealedUnder('jdk_1'));
    journal.enqueue(pending());
    await journal.eraseSubject(alice, 42);
    expect(() => journal.enqueue(sealedUnder('jdk_1'))).toThrowError(
      expect.objectContaining({ code: 'ERR_CONFLICT' }),
    );
    expect(journal.sequencePending(10, seal)).toHaveLength(2);
    expect(await journal.getPayload(0)).toEqual({
      state: 'erased',
      seq: 0,
      subject: alice,
      erasedAt: 42,
    });
    expect(journal.peekPayload(0)).not.toContain('ct-jdk_1');
    expect(await journal.getPayload(1)).toBeUndefined();
  });

  it('S-14: a batch is all or nothing: a seal that breaks the chain writes none of it', async () => {
    const journal = createMemoryJournalStore();
    for (let i = 0; i < 3; i++) journal.enqueue(pending({ action: `test.step_${i}` }));
    const broken: JournalBatchSealer = (p, head) =>
      seal(p, head).map((e, i) => (i === 2 ? { ...e, prev: JOURNAL_GENESIS_HASH } : e));
    expect(() => journal.sequencePending(10, broken)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    const reordered: JournalBatchSealer = (p, head) => seal([...p].reverse(), head);
    expect(() => journal.sequencePending(10, reordered)).toThrowError(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
    expect(journal.size).toBe(0);
    expect(journal.pendingCount).toBe(3);
    expect(journal.sequencePending(2, seal).map((e) => e.action)).toEqual([
      'test.step_0',
      'test.step_1',
    ]);
    expect(journal.sequencePending(2, seal).map((e) => e.seq)).toEqual([2]);
    expect(journal.sequencePending(2, seal)).toEqual([]);
  });

  it('one lease at a time per store; a released lease can no longer sequence', async () => {
    const journal = createMemoryJournalStore();
    const lease = (await createMemoryJournalOutbox(journal).lead())!;
    expect(await createMemoryJournalOutbox(journal).lead()).toBeUndefined();
    await lease.release();
    await lease.release();
    await expect(lease.sequence(1, seal)).rejects.toMatchObject({ code: 'ERR_INVALID_STATE' });
    const next = await createMemoryJournalOutbox(journal).lead();
    expect(next).toBeDefined();
    expect(await createMemoryJournalOutbox(journal).pending()).toBe(0);
  });
});
