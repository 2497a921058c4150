import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSeededRandom, renderIssue } from '@kabinet/core';
import { createMemoryJournalStore } from '@kabinet/memory';
import type { JournalEntry, JournalStore } from '@kabinet/ports';
import { createJournal } from './create-journal.js';
import { verifyInclusionProof } from '../merkle/verify-inclusion-proof.js';
import { verifyConsistencyProof } from '../merkle/verify-consistency-proof.js';
import { hashEntry } from '../entry/hash-entry.js';
import { auditMessages } from '../messages/audit-messages.js';
import { createTestKeys, ed25519Key } from '../../test/fixtures/keys.js';
import { eventArb } from '../../test/fixtures/arbitraries.js';
import { setupJournal } from '../../test/fixtures/journal.js';
import { createFakeClock } from '@kabinet/core/testing';

const alice = { type: 'account', id: 'acc_alice' };
const bob = { type: 'account', id: 'acc_bob' };
const support = { type: 'support', id: 'agent_7' };

/** A store whose reads an attacker with database access has rewritten (rows edited in place). */
function tamperedReads(
  store: JournalStore,
  edit: (entries: JournalEntry[]) => JournalEntry[],
): JournalStore {
  return {
    ...store,
    read: async (from, limit) => {
      const all = edit(await store.read(0, Number.MAX_SAFE_INTEGER).then((e) => [...e]));
      return all.slice(from, from + limit);
    },
  };
}

describe('createJournal', () => {
  it('AUD-1: appends a chained entry for every operation and verifies the whole chain', async () => {
    const { journal, clock } = setupJournal();
    const e0 = await journal.append({
      actor: alice,
      action: 'account.registration.started',
      subject: alice,
    });
    clock.advance(1000);
    const e1 = await journal.append({
      actor: alice,
      action: 'payment.attempt.started',
      subject: { type: 'payment', id: 'pay_1' },
      payload: { amountKopecks: 350_000 },
    });
    expect(e0).toMatchObject({
      v: 1,
      seq: 0,
      ts: clock.now() - 1000,
      action: 'account.registration.started',
      payloadCommitment: null,
    });
    expect(e1.prev).toBe(e0.hash);
    expect(e1.hash).toBe(hashEntry(e1));
    expect(e1.payloadCommitment).toMatch(/^[0-9a-f]{64}$/);
    const report = await journal.verify();
    expect(report).toMatchObject({ ok: true, size: 2, checkpointIssues: [] });
  });

  it('S-12: no personal data enters the chain; it is encrypted beside it and read back through the commitment', async () => {
    const { journal, store } = setupJournal();
    const phone = '+79161234567';
    const e = await journal.append({
      actor: alice,
      action: 'contact.changed',
      subject: alice,
      payload: { kind: 'phone', before: null, after: phone },
    });
    expect(JSON.stringify(e)).not.toContain('7916');
    expect(store.peekEntry(0)).not.toContain('7916');
    expect(store.peekPayload(0)).not.toContain('7916');
    expect(store.peekSubjectKey(alice)).toBeDefined();
    expect(await journal.openPayload(e)).toEqual({
      status: 'present',
      data: { kind: 'phone', before: null, after: phone },
    });
  });

  it('rejects misuse: invalid input throws ERR_INVALID_ARGUMENT with the issue code', async () => {
    const { journal } = setupJournal();
    await expect(
      journal.append({ actor: { type: 'account', id: 'a@b.ru' }, action: 'x.y', subject: alice }),
    ).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
      details: { code: 'audit.party.id', path: 'actor.id' },
    });
    expect(() =>
      createJournal({
        store: createMemoryJournalStore(),
        keys: createTestKeys(),
        clock: createFakeClock(),
        checkpoint: { everyEntries: 0 },
      }),
    ).toThrowError(expect.objectContaining({ code: 'ERR_CONFIG' }));
  });

  it('S-14: signs a checkpoint every N entries and every T ms, and reports the unsigned tail', async () => {
    const { journal, store, clock } = setupJournal();
    for (let i = 0; i < 9; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    let list = await store.listCheckpoints({ limit: 10 });
    // The first append signs at once (no checkpoint yet), then every 4 entries after the last one.
    expect(list.items.map((c) => c.size)).toEqual([1, 5, 9]);
    clock.advance(60_000);
    await journal.append({ actor: alice, action: 'x.step', subject: alice });
    list = await store.listCheckpoints({ limit: 10 });
    expect(list.items.map((c) => c.size)).toEqual([1, 5, 9, 10]);
    await journal.append({ actor: alice, action: 'x.step', subject: alice });
    expect(await journal.verify()).toMatchObject({
      ok: true,
      size: 11,
      signedSize: 10,
      unsignedTail: 1,
      checkpointsMatched: 4,
    });
    const latest = await journal.checkpoint();
    expect(latest?.size).toBe(11);
    expect(await journal.verify()).toMatchObject({ ok: true, unsignedTail: 0 });
  });

  it('S-14: verify against a trusted checkpoint held outside the database catches a cut-off tail and a rewrite', async () => {
    const { journal, store, keys, clock } = setupJournal();
    for (let i = 0; i < 6; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    const trusted = (await journal.checkpoint())!.jws;
    expect(await journal.verify(trusted)).toMatchObject({
      ok: true,
      trusted: { size: 6, matched: true },
    });

    // The database owner drops the last two rows and every checkpoint row.
    const cut = createJournal({
      store: {
        ...tamperedReads(store, (e) => e.slice(0, 4)),
        listCheckpoints: async () => ({ items: [] }),
      },
      keys,
      clock,
      origin: 'test-journal',
    });
    expect(await cut.verify()).toMatchObject({ ok: true });
    expect(await cut.verify(trusted)).toMatchObject({
      ok: false,
      firstBadSeq: 3,
      issue: { code: 'audit.checkpoint.beyond_end' },
    });

    // ... or rewrites entry 2 and recomputes every later hash (no signing key needed for that).
    const rewrite = (entries: JournalEntry[]): JournalEntry[] => {
      const out = entries.slice(0, 2);
      for (const e of entries.slice(2)) {
        const { hash: _h, ...fields } = e;
        const changed = {
          ...fields,
          action: e.seq === 2 ? 'x.rewritten' : e.action,
          prev: out[out.length - 1]!.hash,
        };
        out.push({ ...changed, hash: hashEntry(changed) });
      }
      return out;
    };
    const forged = createJournal({
      store: { ...tamperedReads(store, rewrite), listCheckpoints: async () => ({ items: [] }) },
      keys,
      clock,
      origin: 'test-journal',
    });
    const report = await forged.verify(trusted);
    expect(report).toMatchObject({
      ok: false,
      firstBadSeq: 0,
      issue: { code: 'audit.checkpoint.mismatch' },
      trusted: { size: 6, matched: false },
    });
    expect(renderIssue(report.issue!, 'ru', auditMessages)).toContain('переписаны');
    // With the stored checkpoints still there, the rewrite is located after the last matching one (size 1).
    const located = await createJournal({
      store: tamperedReads(store, rewrite),
      keys,
      clock,
      origin: 'test-journal',
    }).verify(trusted);
    expect(located).toMatchObject({ ok: false, firstBadSeq: 1 });
  });

  it('S-14: a checkpoint signed by an unknown key, or a stored checkpoint row edited, fails verification', async () => {
    const { journal, store, keys, clock } = setupJournal();
    for (let i = 0; i < 5; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    const other = createJournal({
      store: createMemoryJournalStore(),
      keys: createTestKeys(ed25519Key('sig-1')),
      clock,
      origin: 'test-journal',
    });
    await other.append({ actor: alice, action: 'x.step', subject: alice });
    const foreign = (await other.checkpoint())!.jws;
    const report = await journal.verify(foreign);
    expect(report.ok).toBe(false);
    expect(report.checkpointIssues[0]).toMatchObject({
      code: 'audit.checkpoint.signature',
      params: { trusted: true },
    });
    const edited = createJournal({
      store: {
        ...store,
        listCheckpoints: async (p) => {
          const page = await store.listCheckpoints(p);
          return {
            items: page.items.map((c) => (c.size === 5 ? { ...c, root: 'f'.repeat(64) } : c)),
          };
        },
      },
      keys,
      clock,
      origin: 'test-journal',
    });
    expect(await edited.verify()).toMatchObject({
      ok: false,
      checkpointIssues: [{ code: 'audit.checkpoint.malformed', params: { size: 5 } }],
    });
  });

  it('S-14: verify compares signed heads by default; roots: true also rebuilds the tree and matches the signed roots', async () => {
    const { journal } = setupJournal();
    for (let i = 0; i < 7; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    const latest = (await journal.checkpoint())!;
    const heads = await journal.verify(latest.jws);
    expect(heads).toMatchObject({
      ok: true,
      size: 7,
      head: latest.head,
      trusted: { size: 7, matched: true },
    });
    expect(heads.root).toBeUndefined();
    expect(await journal.verify(latest.jws, { roots: true })).toMatchObject({
      ok: true,
      root: latest.root,
      trusted: { size: 7, matched: true },
    });
  });

  it('S-14: after a key rotation, checkpoints of the retired key still verify', async () => {
    const { journal, keys } = setupJournal();
    for (let i = 0; i < 4; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    keys.rotateSigning(ed25519Key('sig-2'));
    for (let i = 0; i < 4; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    const latest = await journal.checkpoint();
    expect(latest?.kid).toBe('sig-2');
    expect(await journal.verify(latest!.jws)).toMatchObject({ ok: true, checkpointIssues: [] });
  });

  it('S-14: inclusion and consistency proofs verify against signed checkpoints', async () => {
    const { journal, store } = setupJournal();
    const entries: JournalEntry[] = [];
    for (let i = 0; i < 13; i++)
      entries.push(await journal.append({ actor: alice, action: 'x.step', subject: alice }));
    const old = (await store.listCheckpoints({ limit: 10 })).items.find((c) => c.size === 9)!;
    const latest = (await journal.checkpoint())!;
    for (const seq of [0, 5, 12]) {
      const p = await journal.proveInclusion(seq);
      expect(p.root).toBe(latest.root);
      expect(
        verifyInclusionProof({
          leafHash: entries[seq]!.hash,
          index: seq,
          size: p.size,
          proof: p.proof,
          root: latest.root,
        }),
      ).toBe(true);
      expect(
        verifyInclusionProof({
          leafHash: entries[seq]!.hash,
          index: seq,
          size: p.size,
          proof: p.proof,
          root: old.root,
        }),
      ).toBe(false);
    }
    const inOld = await journal.proveInclusion(3, 9);
    expect(
      verifyInclusionProof({
        leafHash: entries[3]!.hash,
        index: 3,
        size: 9,
        proof: inOld.proof,
        root: old.root,
      }),
    ).toBe(true);
    const c = await journal.proveConsistency(old.size);
    expect(c).toMatchObject({ size1: 9, size2: 13, root1: old.root, root2: latest.root });
    expect(
      verifyConsistencyProof({
        size1: old.size,
        size2: latest.size,
        root1: old.root,
        root2: latest.root,
        proof: c.proof,
      }),
    ).toBe(true);
    await expect(journal.proveInclusion(13)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
    await expect(journal.proveInclusion(0, 14)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  it('S-14: in a chain past the cached subtree size, proofs (cold, then warm) verify against every signed checkpoint', async () => {
    const { journal, store } = setupJournal({ checkpoint: { everyEntries: 250, everyMs: 60_000 } });
    const entries: JournalEntry[] = [];
    for (let i = 0; i < 1_100; i++)
      entries.push(await journal.append({ actor: alice, action: 'x.step', subject: alice }));
    const checkpoints = (await store.listCheckpoints({ limit: 10 })).items;
    expect(checkpoints.map((c) => c.size)).toEqual([1, 251, 501, 751, 1_001]);
    const newest = checkpoints[4]!;
    for (const round of [1, 2]) {
      for (const cp of checkpoints) {
        for (const seq of [0, 255, 256, 511, cp.size - 1].filter((s) => s < cp.size)) {
          const p = await journal.proveInclusion(seq, cp.size);
          expect(p.root, `round ${round}`).toBe(cp.root);
          expect(
            verifyInclusionProof({
              leafHash: entries[seq]!.hash,
              index: seq,
              size: cp.size,
              proof: p.proof,
              root: cp.root,
            }),
          ).toBe(true);
        }
        const c = await journal.proveConsistency(cp.size, newest.size);
        expect(
          verifyConsistencyProof({
            size1: cp.size,
            size2: newest.size,
            root1: cp.root,
            root2: newest.root,
            proof: c.proof,
          }),
        ).toBe(true);
      }
    }
    await expect(journal.proveConsistency(1_002, 1_001)).rejects.toMatchObject({
      code: 'ERR_INVALID_ARGUMENT',
    });
  });

  it('S-12: erasing a subject crypto-shreds its payloads; the chain still verifies and the payloads read as erased', async () => {
    const { journal, store, clock } = setupJournal();
    const changed = await journal.append({
      actor: alice,
      action: 'contact.changed',
      subject: alice,
      payload: { kind: 'email', before: null, after: 'alice@example.ru' },
    });
    const login = await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.5' },
    });
    const other = await journal.append({
      actor: bob,
      action: 'account.login.succeeded',
      subject: bob,
      payload: { ip: '198.51.100.7' },
    });
    clock.advance(5);
    const erasure = await journal.erase(alice, support);
    expect(erasure).toEqual({
      subject: alice,
      erasedAt: clock.now(),
      payloadsErased: 2,
      keyDeleted: true,
    });
    expect(store.peekSubjectKey(alice)).toBeUndefined();
    expect(store.peekPayload(changed.seq)).not.toContain('ciphertext');
    expect(await journal.openPayload(changed)).toEqual({ status: 'erased', erasedAt: clock.now() });
    expect(await journal.openPayload(login)).toEqual({ status: 'erased', erasedAt: clock.now() });
    expect(await journal.openPayload(other)).toEqual({
      status: 'present',
      data: { ip: '198.51.100.7' },
    });
    const report = await journal.verify(undefined, { payloads: true });
    expect(report).toMatchObject({
      ok: true,
      size: 4,
      payloads: { present: 1, erased: 2, missing: 0, unreadable: 0, mismatch: 0 },
    });
    const last = (await store.head())!;
    expect(last).toMatchObject({
      action: 'journal.subject.erased',
      actor: support,
      subject: alice,
      payloadCommitment: null,
    });
    // The subject can be journaled again afterwards, under a new data key.
    const again = await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.9' },
    });
    expect(await journal.openPayload(again)).toEqual({
      status: 'present',
      data: { ip: '203.0.113.9' },
    });
    expect(await journal.erase(alice, support)).toMatchObject({
      payloadsErased: 1,
      keyDeleted: true,
    });
  });

  it('S-14: a swapped, edited or lost payload is reported, not silently accepted', async () => {
    const { journal, store, keys, clock } = setupJournal();
    const a = await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.5' },
    });
    const b = await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.6' },
    });
    const swapped = createJournal({
      store: {
        ...store,
        getPayload: async (seq) =>
          seq === a.seq
            ? store.getPayload(b.seq).then((p) => p && { ...p, seq: a.seq })
            : store.getPayload(seq),
      },
      keys,
      clock,
      origin: 'test-journal',
    });
    expect(await swapped.openPayload(a)).toEqual({ status: 'mismatch' });
    const lost = createJournal({
      store: { ...store, getPayload: async () => undefined },
      keys,
      clock,
      origin: 'test-journal',
    });
    expect(await lost.openPayload(b)).toEqual({ status: 'missing' });
    expect(await lost.verify(undefined, { payloads: true })).toMatchObject({
      ok: false,
      payloads: { missing: 2, firstBadSeq: 0 },
    });
    keys.forgetSecret('journal-payload', 'journal-payload-1');
    const fresh = createJournal({ store, keys, clock, origin: 'test-journal' });
    expect(await fresh.openPayload(a)).toEqual({ status: 'unreadable' });
  });

  it('rotating the journal-payload secret keeps old payloads readable (kid) and wraps new data keys with the new one', async () => {
    const { journal, store, keys } = setupJournal();
    const a = await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.5' },
    });
    keys.rotateSecret('journal-payload', 'journal-payload-2');
    const b = await journal.append({
      actor: bob,
      action: 'account.login.succeeded',
      subject: bob,
      payload: { ip: '203.0.113.6' },
    });
    expect(JSON.parse(store.peekSubjectKey(alice)!).wrapKid).toBe('journal-payload-1');
    expect(JSON.parse(store.peekSubjectKey(bob)!).wrapKid).toBe('journal-payload-2');
    const restarted = createJournal({
      store,
      keys,
      clock: createFakeClock(),
      origin: 'test-journal',
    });
    expect(await restarted.openPayload(a)).toMatchObject({ status: 'present' });
    expect(await restarted.openPayload(b)).toMatchObject({ status: 'present' });
  });

  it('CONTACT-5: every contact change is journaled, versions fold over time and a restore appends a new event', async () => {
    const { journal, clock } = setupJournal();
    const v1 = await journal.append({
      actor: alice,
      action: 'contact.changed',
      subject: alice,
      payload: { kind: 'phone', before: null, after: '+79160000001' },
    });
    clock.advance(1000);
    await journal.append({
      actor: alice,
      action: 'contact.changed',
      subject: alice,
      payload: { kind: 'email', before: null, after: 'a@example.ru' },
    });
    clock.advance(1000);
    const v2 = await journal.append({
      actor: alice,
      action: 'contact.changed',
      subject: alice,
      payload: { kind: 'phone', before: '+79160000001', after: '+79160000002' },
    });
    let versions = await journal.contactVersions(alice, 'phone');
    expect(versions.map((v) => [v.seq, v.value, v.via])).toEqual([
      [v1.seq, '+79160000001', 'changed'],
      [v2.seq, '+79160000002', 'changed'],
    ]);
    expect((await journal.contactVersions(alice, 'phone', v1.seq)).map((v) => v.value)).toEqual([
      '+79160000001',
    ]);

    const restored = await journal.restoreContact({
      actor: support,
      subject: alice,
      kind: 'phone',
      fromSeq: v1.seq,
    });
    expect(restored.success).toBe(true);
    const entry = restored.success ? restored.data : undefined;
    expect(entry).toMatchObject({ action: 'contact.restored', seq: 3, actor: support });
    expect(await journal.openPayload(entry!)).toEqual({
      status: 'present',
      data: { kind: 'phone', before: '+79160000002', after: '+79160000001', fromSeq: v1.seq },
    });
    versions = await journal.contactVersions(alice, 'phone');
    expect(versions.map((v) => [v.value, v.via, v.fromSeq])).toEqual([
      ['+79160000001', 'changed', undefined],
      ['+79160000002', 'changed', undefined],
      ['+79160000001', 'restored', v1.seq],
    ]);
    // Earlier entries are untouched: the chain still verifies.
    expect((await journal.verify()).ok).toBe(true);
    // Invalid requests are data, not exceptions.
    const codes = async (fromSeq: number): Promise<string> => {
      const r = await journal.restoreContact({
        actor: alice,
        subject: alice,
        kind: 'phone',
        fromSeq,
      });
      return r.success ? 'ok' : r.issues[0]!.code;
    };
    expect(await codes(99)).toBe('audit.restore.unknown_version');
    expect(await codes(v1.seq)).toBe('audit.restore.unchanged');
    await journal.erase(alice, support);
    expect(await codes(v2.seq)).toBe('audit.restore.erased');
  });

  it('AUD-2 / ACC-11: the login log shows IP addresses from the encrypted payloads and the blocked ones', async () => {
    const { journal, store, clock } = setupJournal();
    await journal.append({
      actor: alice,
      action: 'account.login.succeeded',
      subject: alice,
      payload: { ip: '203.0.113.5', userAgent: 'Firefox', method: 'password+otp' },
    });
    clock.advance(60_000);
    await journal.append({
      actor: { type: 'system', id: 'auth' },
      action: 'account.login.failed',
      subject: alice,
      payload: { ip: '198.51.100.66', reason: 'password.wrong' },
    });
    await journal.append({
      actor: bob,
      action: 'account.login.succeeded',
      subject: bob,
      payload: { ip: '192.0.2.1' },
    });
    await journal.append({
      actor: alice,
      action: 'account.ip.blocked',
      subject: alice,
      payload: { ip: '198.51.100.66' },
    });
    const log = await journal.loginLog(alice);
    expect(log.records).toEqual([
      {
        seq: 1,
        ts: clock.now(),
        outcome: 'failed',
        ip: '198.51.100.66',
        reason: 'password.wrong',
        blocked: true,
        status: 'present',
      },
      {
        seq: 0,
        ts: clock.now() - 60_000,
        outcome: 'succeeded',
        ip: '203.0.113.5',
        userAgent: 'Firefox',
        method: 'password+otp',
        blocked: false,
        status: 'present',
      },
    ]);
    expect(log.blockedIps).toEqual(['198.51.100.66']);
    // IPs never reach the chain.
    for (let seq = 0; seq < 4; seq++)
      expect(store.peekEntry(seq)).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });

  it('AUD-2: queries by subject, actor, action and period with keyset pages, newest first on request', async () => {
    const { journal, clock } = setupJournal();
    for (let i = 0; i < 10; i++) {
      clock.advance(1000);
      await journal.append({
        actor: i % 2 === 0 ? alice : support,
        action: i % 3 === 0 ? 'account.login.succeeded' : 'x.step',
        subject: alice,
        ...(i % 3 === 0 ? { payload: { ip: `203.0.113.${i}` } } : {}),
      });
    }
    const start = clock.now() - 9000;
    const page1 = await journal.query(
      { subject: alice, actor: alice, order: 'desc' },
      { limit: 2 },
    );
    expect(page1.items.map((e) => e.seq)).toEqual([8, 6]);
    const page2 = await journal.query(
      { subject: alice, actor: alice, order: 'desc' },
      { limit: 2, after: page1.nextCursor! },
    );
    expect(page2.items.map((e) => e.seq)).toEqual([4, 2]);
    const page3 = await journal.query(
      { subject: alice, actor: alice, order: 'desc' },
      { limit: 2, after: page2.nextCursor! },
    );
    expect(page3).toEqual({ items: [expect.objectContaining({ seq: 0 })] });
    expect(
      (await journal.query({ action: 'account.login.succeeded' }, { limit: 10 })).items.map(
        (e) => e.seq,
      ),
    ).toEqual([0, 3, 6, 9]);
    expect(
      (await journal.query({ from: start + 2000, to: start + 5000 }, { limit: 10 })).items.map(
        (e) => e.seq,
      ),
    ).toEqual([2, 3, 4]);
    const events = await journal.events(
      { action: 'account.login.succeeded', actor: support },
      { limit: 10 },
    );
    expect(events.items.map((e) => [e.entry.seq, e.payload])).toEqual([
      [3, { status: 'present', data: { ip: '203.0.113.3' } }],
      [9, { status: 'present', data: { ip: '203.0.113.9' } }],
    ]);
  });

  it('S-14: concurrent appenders on two instances over one store stay gap-free and fork-free', async () => {
    const clock = createFakeClock();
    const store = createMemoryJournalStore();
    const keys = createTestKeys();
    const a = createJournal({
      store,
      keys,
      clock,
      origin: 'test-journal',
      checkpoint: { everyEntries: 7 },
    });
    const b = createJournal({
      store,
      keys,
      clock,
      origin: 'test-journal',
      checkpoint: { everyEntries: 5 },
    });
    const writes = Array.from({ length: 60 }, (_, i) =>
      (i % 2 === 0 ? a : b).append({
        actor: i % 3 === 0 ? alice : bob,
        action: 'x.step',
        subject: i % 3 === 0 ? alice : bob,
        payload: { i },
      }),
    );
    const entries = await Promise.all(writes);
    expect(entries.map((e) => e.seq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    );
    const report = await a.verify(undefined, { payloads: true });
    expect(report).toMatchObject({ ok: true, size: 60, payloads: { present: 60 } });
    expect(report.checkpointsMatched).toBeGreaterThan(0);
  });

  it('S-14: a restarted instance resumes the Merkle frontier from the last signed checkpoint and keeps signing correct roots', async () => {
    const { journal, store, keys, clock } = setupJournal();
    for (let i = 0; i < 6; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    let reads = 0;
    const counting: JournalStore = {
      ...store,
      read: async (from, limit) => ((reads += 1), store.read(from, limit)),
    };
    const restarted = createJournal({
      store: counting,
      keys,
      clock,
      origin: 'test-journal',
      checkpoint: { everyEntries: 4 },
    });
    for (let i = 0; i < 4; i++)
      await restarted.append({ actor: bob, action: 'x.step', subject: bob });
    // The last checkpoint (size 5) carried the frontier: only entry 5 had to be read back.
    expect(reads).toBe(1);
    expect((await store.latestCheckpoint())?.size).toBe(9);
    expect(await restarted.verify()).toMatchObject({
      ok: true,
      size: 10,
      signedSize: 9,
      checkpointIssues: [],
    });
  });

  it('S-14: refuses to sign a checkpoint over a chain that does not link', async () => {
    const { journal, store, keys, clock } = setupJournal();
    for (let i = 0; i < 3; i++)
      await journal.append({ actor: alice, action: 'x.step', subject: alice });
    const broken = tamperedReads(store, (entries) =>
      entries.map((e) => (e.seq === 1 ? { ...e, action: 'x.forged' } : e)),
    );
    const errors: unknown[] = [];
    const other = createJournal({
      store: { ...broken, latestCheckpoint: async () => undefined },
      keys,
      clock,
      origin: 'test-journal',
      checkpoint: { onError: (e) => errors.push(e) },
    });
    await expect(other.checkpoint()).rejects.toMatchObject({
      code: 'ERR_JOURNAL_TAMPERED',
      details: { seq: 1 },
    });
    await other.append({ actor: alice, action: 'x.step', subject: alice });
    expect(errors).toEqual([expect.objectContaining({ code: 'ERR_JOURNAL_TAMPERED' })]);
  });

  test.prop([fc.array(eventArb, { minLength: 1, maxLength: 25 })], { numRuns: 30 })(
    'S-14: any list of events appended verifies, with every payload readable',
    async (events) => {
      const { journal, clock } = setupJournal({ random: createSeededRandom(7) });
      for (const e of events) {
        clock.advance(e.advanceMs);
        await journal.append({
          actor: e.actor,
          action: e.action,
          subject: e.subject,
          ...(e.payload === undefined ? {} : { payload: e.payload }),
        });
      }
      const report = await journal.verify(undefined, { payloads: true });
      expect(report.ok).toBe(true);
      expect(report.size).toBe(events.length);
      expect(report.payloads?.present).toBe(events.filter((e) => e.payload !== undefined).length);
    },
  );
});
