import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  JOURNAL_GENESIS_HASH,
  type JournalCheckpointRecord,
  type JournalEntry,
  type JournalParty,
  type JournalQuery,
  type JournalSealedPayload,
  type JournalStore,
  type JournalSubjectKey,
  type JournalSubjectKeyFilter,
} from '../journal/index.js';
import { isConflict } from '@kabinet/core';
import { expectConflict, expectKabinetError } from './_lib/expect-conflict.js';
import { scheduleCall } from './_lib/schedule-call.js';
import { withPeer } from './_lib/with-peer.js';
import { required, useHandles } from './_lib/use-handles.js';
import { uniqueName } from './_lib/unique-name.js';
import type { StoreContractOptions } from './store-contract-types.js';

const BASE_TS = 1_767_225_600_000;
const APPENDERS = 8;
const APPENDS_EACH = 10;

/** What one test entry is about. */
interface EntrySpec {
  readonly actor: JournalParty;
  readonly action: string;
  readonly subject: JournalParty;
  /** Milliseconds after the previous entry. */
  readonly gap: number;
  readonly withCommitment?: boolean;
}

const hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A well-formed entry after `head`. The store does not compute hashes; a stand-in digest of
 * the fields is enough to tell entries apart and to link them.
 */
function entryAfter(head: JournalEntry | undefined, spec: EntrySpec): JournalEntry {
  const fields = {
    v: 1 as const,
    seq: head === undefined ? 0 : head.seq + 1,
    ts: (head?.ts ?? BASE_TS) + spec.gap,
    actor: spec.actor,
    action: spec.action,
    subject: spec.subject,
    payloadCommitment: spec.withCommitment === true ? hex(`commitment ${spec.action}`) : null,
    prev: head?.hash ?? JOURNAL_GENESIS_HASH,
  };
  return { ...fields, hash: hex(JSON.stringify(fields)) };
}

const alice: JournalParty = { type: 'account', id: 'acc_alice' };
const bob: JournalParty = { type: 'account', id: 'acc_bob' };
const spec = (over: Partial<EntrySpec> = {}): EntrySpec => ({
  actor: alice,
  action: 'contract.step',
  subject: alice,
  gap: 1,
  ...over,
});

/** The calls an appender makes (possibly released by `fc.scheduler`). */
interface HeadAppend {
  head(): Promise<JournalEntry | undefined>;
  append(entry: JournalEntry): Promise<void>;
}

/** Reads the head, appends the next entry, and on `ConflictError` re-reads and retries. */
async function appendWithRetry(
  store: HeadAppend,
  s: EntrySpec,
  log: { retries: number },
): Promise<JournalEntry> {
  for (;;) {
    const entry = entryAfter(await store.head(), s);
    try {
      await store.append(entry);
      return entry;
    } catch (error) {
      if (!isConflict(error)) throw error;
      log.retries += 1;
    }
  }
}

async function readAll(store: JournalStore): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  for (;;) {
    const batch = await store.read(out.length, 100);
    out.push(...batch);
    if (batch.length < 100) return out;
  }
}

/** The chain has seq 0…n-1 without gaps and every `prev` is the previous hash: no fork. */
function expectGapFreeAndForkFree(chain: readonly JournalEntry[], size: number): void {
  expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: size }, (_, i) => i));
  chain.forEach((e, i) => expect(e.prev).toBe(i === 0 ? JOURNAL_GENESIS_HASH : chain[i - 1]!.hash));
  expect(new Set(chain.map((e) => e.hash)).size).toBe(size);
}

function subjectKey(subject: JournalParty, id: string): JournalSubjectKey {
  return {
    id,
    subject,
    wrapKid: 'journal-payload-1',
    wrapped: `wrapped-${id}`,
    createdAt: BASE_TS,
  };
}

/** The same data key wrapped by another secret: what a rotation writes with `replaceSubjectKey`. */
function rewrappedBy(key: JournalSubjectKey, wrapKid: string): JournalSubjectKey {
  return { ...key, wrapKid, wrapped: `wrapped-${key.id}-by-${wrapKid}` };
}

/** Every page of a subject-key listing, concatenated; `between` runs after each non-final page. */
async function listAllKeys(
  store: JournalStore,
  filter: JournalSubjectKeyFilter,
  limit: number,
  between?: (page: readonly JournalSubjectKey[]) => Promise<void>,
): Promise<JournalSubjectKey[]> {
  const out: JournalSubjectKey[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await store.listSubjectKeys(
      filter,
      after === undefined ? { limit } : { limit, after },
    );
    expect(page.items.length).toBeLessThanOrEqual(limit);
    out.push(...page.items);
    if (page.nextCursor === undefined) return out;
    after = page.nextCursor;
    await between?.(page.items);
  }
  throw new Error('pagination did not end');
}

/** The calls a re-wrapper and an eraser make (possibly released by `fc.scheduler`). */
interface KeyRace {
  getSubjectKey(subject: JournalParty): Promise<JournalSubjectKey | undefined>;
  replaceSubjectKey(expected: JournalSubjectKey, next: JournalSubjectKey): Promise<boolean>;
  ensureSubjectKey(key: JournalSubjectKey): Promise<JournalSubjectKey>;
  eraseSubject(subject: JournalParty, erasedAt: number): Promise<unknown>;
}

/**
 * The correct re-wrapper: reads the key, swaps in its re-wrap with `replaceSubjectKey`; when the
 * swap loses it re-reads, and stops when the key is gone (erased) or already wrapped by `kid`.
 */
async function rewrapKey(
  store: KeyRace,
  subject: JournalParty,
  kid: string,
  log: { swapped: number; lost: number },
): Promise<void> {
  let key = await store.getSubjectKey(subject);
  while (key !== undefined && key.wrapKid !== kid) {
    if (await store.replaceSubjectKey(key, rewrappedBy(key, kid))) {
      log.swapped += 1;
      return;
    }
    log.lost += 1;
    key = await store.getSubjectKey(subject);
  }
}

/**
 * The negative control: when its swap loses, it "repairs" by writing its re-wrap back with
 * `ensureSubjectKey`, as code that treats `false` as "missing, so store it" would. After an
 * erasure that is exactly the resurrection the port forbids.
 */
async function rewrapKeyNaively(store: KeyRace, subject: JournalParty, kid: string): Promise<void> {
  const key = await store.getSubjectKey(subject);
  if (key === undefined || key.wrapKid === kid) return;
  const next = rewrappedBy(key, kid);
  if (!(await store.replaceSubjectKey(key, next))) await store.ensureSubjectKey(next);
}

function sealed(entry: JournalEntry, keyId: string): JournalSealedPayload {
  return {
    state: 'sealed',
    seq: entry.seq,
    subject: entry.subject,
    keyId,
    iv: 'aXYtaXYtaXYtaXY',
    ciphertext: `ct-${entry.seq}`,
  };
}

/** Entries matching a filter, in the model: what a query must return. */
function model(chain: readonly JournalEntry[], filter: JournalQuery): JournalEntry[] {
  const actions =
    filter.action === undefined
      ? undefined
      : typeof filter.action === 'string'
        ? [filter.action]
        : filter.action;
  const hits = chain.filter(
    (e) =>
      (filter.subject === undefined ||
        (e.subject.type === filter.subject.type && e.subject.id === filter.subject.id)) &&
      (filter.actor === undefined ||
        (e.actor.type === filter.actor.type && e.actor.id === filter.actor.id)) &&
      (actions === undefined || actions.includes(e.action)) &&
      (filter.from === undefined || e.ts >= filter.from) &&
      (filter.to === undefined || e.ts < filter.to),
  );
  return filter.order === 'desc' ? hits.reverse() : hits;
}

async function pageThrough(
  store: JournalStore,
  filter: JournalQuery,
  limit: number,
  between?: () => Promise<void>,
): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await store.query(filter, after === undefined ? { limit } : { limit, after });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    out.push(...page.items);
    if (page.nextCursor === undefined) return out;
    expect(page.items.length).toBe(limit);
    after = page.nextCursor;
    await between?.();
  }
  throw new Error('pagination did not end');
}

function checkpointOf(
  entry: JournalEntry | undefined,
  size: number,
  ts = BASE_TS,
): JournalCheckpointRecord {
  return {
    size,
    root: hex(`root ${size}`),
    head: entry?.hash ?? JOURNAL_GENESIS_HASH,
    ts,
    kid: 'sig-1',
    jws: `jws.${size}.sig`,
    frontier: [hex(`frontier ${size}`)],
  };
}

const partyArb = fc.constantFrom(
  alice,
  bob,
  { type: 'support', id: 'agent_7' },
  { type: 'payment', id: 'pay_1' },
);
/** Queries with at most two filters (more rarely match anything in a small chain) and an order. */
const queryArb: fc.Arbitrary<JournalQuery> = fc
  .tuple(
    fc.subarray(['subject', 'actor', 'action', 'period'] as const, { maxLength: 2 }),
    partyArb,
    partyArb,
    fc.oneof(
      fc.constantFrom('contact.changed', 'payment.attempt.started'),
      fc.constant(['contact.changed', 'account.login.succeeded']),
    ),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 60 }),
    fc.constantFrom('asc' as const, 'desc' as const),
  )
  .map(([keys, subject, actor, action, a, b, order]) => ({
    ...(keys.includes('subject') ? { subject } : {}),
    ...(keys.includes('actor') ? { actor } : {}),
    ...(keys.includes('action') ? { action } : {}),
    ...(keys.includes('period')
      ? { from: BASE_TS + Math.min(a, b), to: BASE_TS + Math.max(a, b) }
      : {}),
    order,
  }));

const specArb: fc.Arbitrary<EntrySpec> = fc.record({
  actor: partyArb,
  action: fc.constantFrom('contact.changed', 'account.login.succeeded', 'payment.attempt.started'),
  subject: partyArb,
  gap: fc.integer({ min: 0, max: 3 }),
});

/**
 * Registers the vitest cases every {@link JournalStore} adapter must pass (S-14, S-15):
 * append and read by range; append-only (no method edits or deletes an entry, and the raw
 * back door shows the stored bytes unchanged after callers mutate what they passed in and got
 * back); stale appends rejected with `ConflictError` and nothing written; gap-free and
 * fork-free chains under concurrent appenders with `Promise.all` and under every
 * `fc.scheduler` interleaving (with a control that races really happen), and across two
 * clients when `realConcurrency`; queries by subject, actor, action and period with keyset
 * pages returning each entry exactly once, also while appends go on; sealed payloads written
 * atomically with their entry; subject keys claimed once; crypto-shredding that leaves entries
 * untouched; subject keys listed by keyset pages (each once, filtered by `notWrappedBy`, also
 * while keys are re-wrapped, erased and created) and swapped only by compare-and-swap, with an
 * erasure racing re-wraps winning under every `fc.scheduler` interleaving (and a negative
 * control that a write-back re-wrapper resurrects the key there), and across two clients when
 * `realConcurrency`; checkpoints put, latest and listed. Uses `handles.journal` (required: opens a
 * journal by name, each test a fresh one) and `handles.raw.journalEntry` / `journalPayload` /
 * `journalSubjectKey`.
 *
 * @param options - the backend, its factory and its capabilities
 * @returns nothing; the cases are registered in the calling test file
 * @throws KabinetError `ERR_CONFIG` inside the cases when `create()` returns no `journal`
 * @example
 * ```ts
 * import { runJournalStoreContract } from '@kabinet/ports/contract';
 * runJournalStoreContract({
 *   name: 'memory',
 *   create: async () => {
 *     const journals = new Map<string, MemoryJournalStore>();
 *     const journal = (name: string) => journals.get(name) ?? journals.set(name, createMemoryJournalStore()).get(name)!;
 *     return { clock: createFakeClock(), journal, raw: { journalEntry: async (name, seq) => journal(name).peekEntry(seq) } };
 *   },
 *   capabilities: { realConcurrency: false, ttlPrecisionMs: 0, durable: false },
 * });
 * ```
 */
export function runJournalStoreContract(options: StoreContractOptions): void {
  const numRuns = options.numRuns ?? 100;

  describe(`${options.name}: JournalStore contract`, () => {
    const handles = useHandles(options);
    // Each test opens its own journal by a fresh name; `store()` is the test's journal.
    let current: { name: string; store: JournalStore } | undefined;
    const open = (): { name: string; store: JournalStore } => {
      const name = uniqueName('journal');
      return { name, store: required(handles().journal, 'handles.journal', options.name)(name) };
    };
    const store = (): JournalStore => {
      current ??= open();
      return current.store;
    };
    beforeEach(() => {
      current = undefined;
    });
    const rawEntry = async (seq: number): Promise<string | undefined> => {
      store();
      return handles().raw?.journalEntry?.(current!.name, seq);
    };
    const hasRaw = (): boolean => handles().raw?.journalEntry !== undefined;

    async function appendChain(specs: readonly EntrySpec[]): Promise<JournalEntry[]> {
      const out: JournalEntry[] = [];
      for (const s of specs) {
        const entry = entryAfter(out[out.length - 1], s);
        await store().append(entry);
        out.push(entry);
      }
      return out;
    }

    describe('append and read', () => {
      it('an empty journal has no head and reads nothing', async () => {
        expect(await store().head()).toBeUndefined();
        expect(await store().read(0, 10)).toEqual([]);
        expect(await store().latestCheckpoint()).toBeUndefined();
        expect(await store().query({}, { limit: 10 })).toEqual({ items: [] });
      });

      it('S-14: appended entries read back equal, by range, and the head is the last one', async () => {
        const chain = await appendChain([
          spec(),
          spec({ subject: bob, action: 'contact.changed' }),
          spec({ actor: bob, gap: 0 }),
        ]);
        expect(await store().read(0, 10)).toEqual(chain);
        expect(await store().read(1, 1)).toEqual([chain[1]]);
        expect(await store().read(2, 5)).toEqual([chain[2]]);
        expect(await store().read(3, 5)).toEqual([]);
        expect(await store().head()).toEqual(chain[2]);
      });

      it('S-14: has no method that edits or deletes an entry', () => {
        const names = new Set<string>();
        for (
          let o: object | null = store();
          o !== null && o !== Object.prototype;
          o = Object.getPrototypeOf(o)
        ) {
          for (const name of Object.getOwnPropertyNames(o))
            if (typeof (o as Record<string, unknown>)[name] === 'function') names.add(name);
        }
        // putCheckpoint adds a checkpoint; replaceSubjectKey swaps the wrapping of a data key. Neither touches an entry.
        const allowed = new Set(['putCheckpoint', 'replaceSubjectKey']);
        const editing = [...names].filter(
          (n) =>
            /^(update|edit|delete|remove|replace|rewrite|truncate|clear|set|put|upsert|modify|patch)/i.test(
              n,
            ) && !allowed.has(n),
        );
        expect(editing).toEqual([]);
      });

      it('S-14: what callers pass in or get back cannot change the stored entry (raw back door)', async () => {
        // A deep copy, so mutating it cannot touch the shared test parties.
        const entry = structuredClone(entryAfter(undefined, spec())) as {
          -readonly [K in keyof JournalEntry]: JournalEntry[K];
        } & { actor: { id: string } };
        await store().append(entry);
        const before = await rawEntry(0);
        const tryMutate = (f: () => void): void => {
          try {
            f();
          } catch {
            // Frozen objects throw in strict mode: that is a fine way to refuse.
          }
        };
        tryMutate(() => {
          entry.action = 'tampered.by_caller';
          entry.actor.id = 'mallory';
        });
        const [read] = (await store().read(0, 1)) as unknown as (
          { action: string; actor: { id: string } } | undefined
        )[];
        tryMutate(() => {
          read!.action = 'tampered.after_read';
          read!.actor.id = 'mallory';
        });
        const head = (await store().head()) as { hash: string } | undefined;
        tryMutate(() => {
          head!.hash = '0'.repeat(64);
        });
        const again = (await store().read(0, 1))[0]!;
        expect(again.action).toBe('contract.step');
        expect(again.actor.id).toBe('acc_alice');
        expect(again.hash).not.toBe('0'.repeat(64));
        if (hasRaw()) {
          expect(before).toBeDefined();
          expect(await rawEntry(0)).toBe(before);
        }
      });

      it('S-15: a stale append (wrong seq or prev) is rejected with ConflictError and writes nothing', async () => {
        const [first] = await appendChain([spec()]);
        const rawBefore = await rawEntry(0);
        await expectConflict(
          store().append(entryAfter(undefined, spec({ action: 'contract.duplicate' }))),
        );
        const gap = entryAfter(first, spec());
        await expectConflict(store().append({ ...gap, seq: 2 }));
        await expectConflict(store().append({ ...gap, prev: hex('not the head') }));
        expect(await store().read(0, 10)).toEqual([first]);
        if (hasRaw()) {
          expect(await rawEntry(0)).toBe(rawBefore);
          expect(await rawEntry(1)).toBeUndefined();
        }
      });

      it('rejects time going backwards as misuse, writing nothing', async () => {
        const [first] = await appendChain([spec({ gap: 10 })]);
        await expectKabinetError(
          store().append({ ...entryAfter(first, spec()), ts: first!.ts - 1 }),
          'ERR_INVALID_ARGUMENT',
        );
        expect(await store().read(0, 10)).toEqual([first]);
      });
    });

    describe('concurrent appenders', () => {
      it(`S-14: ${APPENDERS} appenders × ${APPENDS_EACH} with Promise.all leave a gap-free, fork-free chain with every entry once`, async () => {
        const log = { retries: 0 };
        const tasks = Array.from({ length: APPENDERS }, (_, w) =>
          (async () => {
            const mine: JournalEntry[] = [];
            for (let i = 0; i < APPENDS_EACH; i++)
              mine.push(
                await appendWithRetry(
                  store(),
                  spec({ action: `contract.writer_${w}`, gap: 0 }),
                  log,
                ),
              );
            return mine;
          })(),
        );
        const written = (await Promise.all(tasks)).flat();
        const chain = await readAll(store());
        expectGapFreeAndForkFree(chain, APPENDERS * APPENDS_EACH);
        expect(chain).toEqual([...written].sort((a, b) => a.seq - b.seq));
        for (let w = 0; w < APPENDERS; w++)
          expect(chain.filter((e) => e.action === `contract.writer_${w}`)).toHaveLength(
            APPENDS_EACH,
          );
      });

      it('S-14: appenders stay gap-free and fork-free under every fc.scheduler interleaving', async () => {
        let raced = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.scheduler(),
            fc.integer({ min: 2, max: 4 }),
            fc.integer({ min: 1, max: 3 }),
            async (s, appenders, times) => {
              {
                const target = open().store;
                const view: HeadAppend = {
                  head: scheduleCall(s, () => target.head()),
                  append: scheduleCall(s, (e: JournalEntry) => target.append(e)),
                };
                const log = { retries: 0 };
                const tasks = Array.from({ length: appenders }, (_, w) =>
                  s.schedule(Promise.resolve(), `start appender ${w}`).then(async () => {
                    for (let i = 0; i < times; i++)
                      await appendWithRetry(
                        view,
                        spec({ action: `contract.writer_${w}`, gap: 0 }),
                        log,
                      );
                  }),
                );
                await s.waitFor(Promise.all(tasks));
                raced += log.retries;
                expectGapFreeAndForkFree(await readAll(target), appenders * times);
              }
            },
          ),
          { numRuns: Math.min(numRuns, 60) },
        );
        // Control: the interleavings really made appenders collide, so the property had teeth.
        expect(raced).toBeGreaterThan(0);
      });

      it.runIf(options.capabilities.realConcurrency)(
        'S-14: two clients appending at once stay gap-free and fork-free',
        async () => {
          await withPeer(handles(), 'handles.openPeer', options.name, async (peer) => {
            store();
            const other = required(peer.journal, 'peer.journal', options.name)(current!.name);
            const log = { retries: 0 };
            const run = (target: JournalStore, w: number) =>
              (async () => {
                for (let i = 0; i < APPENDS_EACH; i++)
                  await appendWithRetry(
                    target,
                    spec({ action: `contract.client_${w}`, gap: 0 }),
                    log,
                  );
              })();
            await Promise.all([run(store(), 0), run(other, 1), run(store(), 2), run(other, 3)]);
            expectGapFreeAndForkFree(await readAll(store()), 4 * APPENDS_EACH);
          });
        },
      );
    });

    describe('queries', () => {
      it('AUD-2: pages of any query return exactly the matching entries, each once, in order (asc and desc)', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(specArb, { minLength: 5, maxLength: 40 }),
            queryArb,
            fc.integer({ min: 1, max: 7 }),
            async (specs, filter, limit) => {
              {
                const target = open().store;
                const chain: JournalEntry[] = [];
                for (const s of specs) {
                  const e = entryAfter(chain[chain.length - 1], s);
                  await target.append(e);
                  chain.push(e);
                }
                expect(await pageThrough(target, filter, limit)).toEqual(model(chain, filter));
              }
            },
          ),
          { numRuns: Math.min(numRuns, 60) },
        );
      });

      it('AUD-2: paging while appends go on returns every earlier entry exactly once (asc and desc)', async () => {
        const chain = await appendChain(
          Array.from({ length: 12 }, (_, i) => spec({ subject: i % 2 === 0 ? alice : bob })),
        );
        let head = chain[chain.length - 1]!;
        const appendMore = async (): Promise<void> => {
          head = entryAfter(head, spec());
          await store().append(head);
        };
        const asc = await pageThrough(store(), { subject: alice }, 2, appendMore);
        const ascSeqs = asc.map((e) => e.seq);
        expect(new Set(ascSeqs).size).toBe(ascSeqs.length);
        expect(ascSeqs.filter((s) => s < 12)).toEqual([0, 2, 4, 6, 8, 10]);
        expect(ascSeqs).toEqual([...ascSeqs].sort((a, b) => a - b));
        const desc = await pageThrough(store(), { subject: bob, order: 'desc' }, 2, appendMore);
        expect(desc.map((e) => e.seq)).toEqual([11, 9, 7, 5, 3, 1]);
      });

      it('rejects a malformed cursor or limit as misuse', async () => {
        await appendChain([spec()]);
        await expectKabinetError(store().query({}, { limit: 0 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(
          store().query({}, { limit: 10, after: 'not-a-cursor' }),
          'ERR_INVALID_ARGUMENT',
        );
      });
    });

    describe('payloads and subject keys', () => {
      it('ensureSubjectKey keeps the first key: a second writer gets the winner back', async () => {
        const first = await store().ensureSubjectKey(subjectKey(alice, 'jdk_1'));
        const second = await store().ensureSubjectKey(subjectKey(alice, 'jdk_2'));
        expect(first.id).toBe('jdk_1');
        expect(second).toEqual(first);
        expect(await store().getSubjectKey(alice)).toEqual(first);
        expect(await store().getSubjectKey(bob)).toBeUndefined();
        const raced = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            store().ensureSubjectKey(subjectKey(bob, `jdk_b${i}`)),
          ),
        );
        expect(new Set(raced.map((k) => k.id)).size).toBe(1);
      });

      it('S-12: a sealed payload is stored with its entry, atomically; a stale data key writes neither', async () => {
        await store().ensureSubjectKey(subjectKey(alice, 'jdk_1'));
        const entry = entryAfter(undefined, spec({ withCommitment: true }));
        await store().append(entry, sealed(entry, 'jdk_1'));
        expect(await store().getPayload(0)).toEqual(sealed(entry, 'jdk_1'));
        const next = entryAfter(entry, spec({ withCommitment: true }));
        await expectConflict(store().append(next, sealed(next, 'jdk_gone')));
        expect(await store().read(1, 1)).toEqual([]);
        expect(await store().getPayload(1)).toBeUndefined();
        await expectKabinetError(
          store().append(next, { ...sealed(next, 'jdk_1'), seq: 7 }),
          'ERR_INVALID_ARGUMENT',
        );
        expect(await store().head()).toEqual(entry);
      });

      it('S-12: erasing a subject deletes its key and payloads, leaves entries byte-identical and others untouched; it is idempotent', async () => {
        await store().ensureSubjectKey(subjectKey(alice, 'jdk_a'));
        await store().ensureSubjectKey(subjectKey(bob, 'jdk_b'));
        const a = entryAfter(undefined, spec({ withCommitment: true }));
        await store().append(a, sealed(a, 'jdk_a'));
        const b = entryAfter(a, spec({ subject: bob, withCommitment: true }));
        await store().append(b, sealed(b, 'jdk_b'));
        const c = entryAfter(b, spec({ withCommitment: true }));
        await store().append(c, sealed(c, 'jdk_a'));
        const rawBefore = [await rawEntry(0), await rawEntry(1), await rawEntry(2)];
        const erasure = await store().eraseSubject(alice, BASE_TS + 99);
        expect(erasure).toEqual({
          subject: alice,
          erasedAt: BASE_TS + 99,
          payloadsErased: 2,
          keyDeleted: true,
        });
        expect(await store().getSubjectKey(alice)).toBeUndefined();
        expect(await store().getPayload(0)).toEqual({
          state: 'erased',
          seq: 0,
          subject: alice,
          erasedAt: BASE_TS + 99,
        });
        expect(await store().getPayload(2)).toEqual({
          state: 'erased',
          seq: 2,
          subject: alice,
          erasedAt: BASE_TS + 99,
        });
        expect(await store().getPayload(1)).toEqual(sealed(b, 'jdk_b'));
        expect(await store().read(0, 10)).toEqual([a, b, c]);
        if (hasRaw())
          expect([await rawEntry(0), await rawEntry(1), await rawEntry(2)]).toEqual(rawBefore);
        const rawPayload = handles().raw?.journalPayload;
        if (rawPayload !== undefined)
          expect(await rawPayload(current!.name, 0)).not.toContain('ct-0');
        const rawKey = handles().raw?.journalSubjectKey;
        if (rawKey !== undefined) expect(await rawKey(current!.name, alice)).toBeUndefined();
        expect(await store().eraseSubject(alice, BASE_TS + 100)).toEqual({
          subject: alice,
          erasedAt: BASE_TS + 100,
          payloadsErased: 0,
          keyDeleted: false,
        });
        // A payload sealed with the erased key is refused; a new key can be claimed.
        const d = entryAfter(c, spec({ withCommitment: true }));
        await expectConflict(store().append(d, sealed(d, 'jdk_a')));
        await store().ensureSubjectKey(subjectKey(alice, 'jdk_a2'));
        await store().append(d, sealed(d, 'jdk_a2'));
        expect(await store().getPayload(3)).toEqual(sealed(d, 'jdk_a2'));
      });
    });

    describe('subject keys: listing and re-wrapping', () => {
      const keyFor = (i: number): JournalParty => ({ type: 'account', id: `acc_${i}` });

      it('S-12: pages of listSubjectKeys return every live key exactly once in id order; notWrappedBy leaves out that kid', async () => {
        const keysArb = fc.uniqueArray(
          fc.record({
            id: fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/),
            wrapKid: fc.constantFrom('kid-1', 'kid-2', 'kid-3'),
            erased: fc.boolean(),
          }),
          { selector: (k) => k.id, maxLength: 30 },
        );
        await fc.assert(
          fc.asyncProperty(
            keysArb,
            fc.option(fc.constantFrom('kid-1', 'kid-2', 'kid-9'), { nil: undefined }),
            fc.integer({ min: 1, max: 7 }),
            async (specs, notWrappedBy, limit) => {
              {
                const target = open().store;
                const live: JournalSubjectKey[] = [];
                for (const [i, k] of specs.entries()) {
                  const key: JournalSubjectKey = {
                    ...subjectKey(keyFor(i), k.id),
                    wrapKid: k.wrapKid,
                  };
                  await target.ensureSubjectKey(key);
                  if (k.erased) await target.eraseSubject(keyFor(i), BASE_TS);
                  else live.push(key);
                }
                const filter: JournalSubjectKeyFilter =
                  notWrappedBy === undefined ? {} : { notWrappedBy };
                const expected = live
                  .filter((k) => k.wrapKid !== notWrappedBy)
                  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
                expect(await listAllKeys(target, filter, limit)).toEqual(expected);
              }
            },
          ),
          { numRuns: Math.min(numRuns, 60) },
        );
      });

      it('S-12: paging while keys are re-wrapped, erased and created visits every untouched key exactly once', async () => {
        const ids = Array.from({ length: 12 }, (_, i) => `jdk_${String(i).padStart(2, '0')}`);
        for (const [i, id] of ids.entries())
          await store().ensureSubjectKey(subjectKey(keyFor(i), id));
        const erased = new Set<string>();
        let created = 0;
        const seen = await listAllKeys(store(), { notWrappedBy: 'kid-2' }, 2, async (page) => {
          // What a rotation does between pages: re-wrap the page it just read (those keys leave
          // the listing), while an erasure removes a key further on and a new subject gets a key.
          for (const key of page)
            expect(await store().replaceSubjectKey(key, rewrappedBy(key, 'kid-2'))).toBe(true);
          const ahead = ids.length - 1 - erased.size;
          await store().eraseSubject(keyFor(ahead), BASE_TS);
          erased.add(ids[ahead]!);
          await store().ensureSubjectKey(
            subjectKey(keyFor(100 + created), `jdk_${String(created).padStart(2, '0')}x`),
          );
          created += 1;
        });
        const seenIds = seen.map((k) => k.id);
        expect(new Set(seenIds).size).toBe(seenIds.length);
        expect(seen.every((k) => k.wrapKid === 'journal-payload-1')).toBe(true);
        // Every key that was neither erased nor created during the scan was visited once.
        expect(seenIds.filter((id) => ids.includes(id))).toEqual(
          ids.filter((id) => !erased.has(id)),
        );
        expect(erased.size).toBeGreaterThan(0);
        // Afterwards nothing is left under the old secret except what was created behind the cursor.
        const rest = await listAllKeys(store(), { notWrappedBy: 'kid-2' }, 100);
        expect(rest.every((k) => k.id.endsWith('x'))).toBe(true);
      });

      it('rejects a malformed cursor or limit as misuse', async () => {
        await store().ensureSubjectKey(subjectKey(alice, 'jdk_1'));
        await expectKabinetError(store().listSubjectKeys({}, { limit: 0 }), 'ERR_INVALID_ARGUMENT');
        await expectKabinetError(
          store().listSubjectKeys({}, { limit: 1.5 }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().listSubjectKeys({}, { limit: 10, after: '' }),
          'ERR_INVALID_ARGUMENT',
        );
        expect((await store().listSubjectKeys({}, { limit: 1000 })).items).toHaveLength(1);
      });

      it('S-15: replaceSubjectKey swaps only while the stored key is still the expected one; otherwise nothing changes', async () => {
        const rawKey = async (subject: JournalParty): Promise<string | undefined> => {
          store();
          return handles().raw?.journalSubjectKey?.(current!.name, subject);
        };
        const first = await store().ensureSubjectKey(subjectKey(alice, 'jdk_a'));
        const second = rewrappedBy(first, 'kid-2');
        expect(await store().replaceSubjectKey(first, second)).toBe(true);
        expect(await store().getSubjectKey(alice)).toEqual(second);
        expect((await store().listSubjectKeys({}, { limit: 10 })).items).toEqual([second]);
        const rawAfterSwap = await rawKey(alice);
        // A stale expected key (the one read before the swap) loses, whatever it would write.
        expect(await store().replaceSubjectKey(first, rewrappedBy(first, 'kid-3'))).toBe(false);
        expect(
          await store().replaceSubjectKey(
            { ...second, wrapped: 'almost' },
            rewrappedBy(second, 'kid-3'),
          ),
        ).toBe(false);
        expect(await store().getSubjectKey(alice)).toEqual(second);
        expect(await rawKey(alice)).toBe(rawAfterSwap);
        // A re-wrap keeps the data key: another id, subject or creation time is misuse.
        await expectKabinetError(
          store().replaceSubjectKey(second, { ...rewrappedBy(second, 'kid-3'), id: 'jdk_other' }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().replaceSubjectKey(second, { ...rewrappedBy(second, 'kid-3'), subject: bob }),
          'ERR_INVALID_ARGUMENT',
        );
        await expectKabinetError(
          store().replaceSubjectKey(second, {
            ...rewrappedBy(second, 'kid-3'),
            createdAt: BASE_TS + 1,
          }),
          'ERR_INVALID_ARGUMENT',
        );
        expect(await store().getSubjectKey(alice)).toEqual(second);
        // Never creates a key: a subject without one stays without one.
        const ghost = subjectKey(bob, 'jdk_b');
        expect(await store().replaceSubjectKey(ghost, rewrappedBy(ghost, 'kid-2'))).toBe(false);
        expect(await store().getSubjectKey(bob)).toBeUndefined();
        // After an erasure the swap loses, also when the subject has a new key by then.
        await store().eraseSubject(alice, BASE_TS + 1);
        expect(await store().replaceSubjectKey(second, rewrappedBy(second, 'kid-3'))).toBe(false);
        expect(await store().getSubjectKey(alice)).toBeUndefined();
        if (handles().raw?.journalSubjectKey !== undefined)
          expect(await rawKey(alice)).toBeUndefined();
        const renewed = await store().ensureSubjectKey(subjectKey(alice, 'jdk_a2'));
        expect(await store().replaceSubjectKey(second, rewrappedBy(second, 'kid-3'))).toBe(false);
        expect(await store().getSubjectKey(alice)).toEqual(renewed);
        // Key ids are unique across subjects.
        await expectConflict(store().ensureSubjectKey(subjectKey(bob, 'jdk_a2')));
        expect(await store().getSubjectKey(bob)).toBeUndefined();
      });

      it('S-12: an erasure racing re-wraps always wins under every fc.scheduler interleaving; a shredded key never comes back', async () => {
        const totals = { swapped: 0, lost: 0 };
        await fc.assert(
          fc.asyncProperty(
            fc.scheduler(),
            fc.integer({ min: 1, max: 3 }),
            async (s, rewrappers) => {
              {
                const { name, store: target } = open();
                await target.ensureSubjectKey(subjectKey(alice, 'jdk_a'));
                await target.ensureSubjectKey(subjectKey(bob, 'jdk_b'));
                const entry = entryAfter(undefined, spec({ withCommitment: true }));
                await target.append(entry, sealed(entry, 'jdk_a'));
                const view: KeyRace = {
                  getSubjectKey: scheduleCall(s, (p: JournalParty) => target.getSubjectKey(p)),
                  replaceSubjectKey: scheduleCall(s, (e: JournalSubjectKey, n: JournalSubjectKey) =>
                    target.replaceSubjectKey(e, n),
                  ),
                  ensureSubjectKey: scheduleCall(s, (k: JournalSubjectKey) =>
                    target.ensureSubjectKey(k),
                  ),
                  eraseSubject: scheduleCall(s, (p: JournalParty, at: number) =>
                    target.eraseSubject(p, at),
                  ),
                };
                const log = { swapped: 0, lost: 0 };
                const tasks = [
                  ...Array.from({ length: rewrappers }, (_, r) =>
                    s.schedule(Promise.resolve(), `re-wrapper ${r}`).then(async () => {
                      await rewrapKey(view, alice, `kid-${r + 2}`, log);
                      await rewrapKey(view, bob, `kid-${r + 2}`, log);
                    }),
                  ),
                  s
                    .schedule(Promise.resolve(), 'eraser')
                    .then(() => view.eraseSubject(alice, BASE_TS + 1)),
                ];
                await s.waitFor(Promise.all(tasks));
                totals.swapped += log.swapped;
                totals.lost += log.lost;
                expect(await target.getSubjectKey(alice)).toBeUndefined();
                expect((await listAllKeys(target, {}, 10)).map((k) => k.id)).toEqual(['jdk_b']);
                expect(await target.getPayload(0)).toEqual({
                  state: 'erased',
                  seq: 0,
                  subject: alice,
                  erasedAt: BASE_TS + 1,
                });
                const rawKey = handles().raw?.journalSubjectKey;
                if (rawKey !== undefined) expect(await rawKey(name, alice)).toBeUndefined();
                // The bystander's key was re-wrapped (by the last re-wrapper to win) and kept its id.
                expect(await target.getSubjectKey(bob)).toMatchObject({
                  id: 'jdk_b',
                  wrapKid: expect.stringMatching(/^kid-[234]$/),
                });
              }
            },
          ),
          { numRuns: Math.min(numRuns, 60) },
        );
        // Control: swaps happened and some lost to a concurrent change, so the race was exercised.
        expect(totals.swapped).toBeGreaterThan(0);
        expect(totals.lost).toBeGreaterThan(0);
      });

      it('S-12 negative control: fc.scheduler finds the interleaving where a write-back re-wrapper resurrects an erased key', async () => {
        const staysErased = fc.asyncProperty(fc.scheduler(), async (s) => {
          const target = open().store;
          await target.ensureSubjectKey(subjectKey(alice, 'jdk_a'));
          const view: KeyRace = {
            getSubjectKey: scheduleCall(s, (p: JournalParty) => target.getSubjectKey(p)),
            replaceSubjectKey: scheduleCall(s, (e: JournalSubjectKey, n: JournalSubjectKey) =>
              target.replaceSubjectKey(e, n),
            ),
            ensureSubjectKey: scheduleCall(s, (k: JournalSubjectKey) => target.ensureSubjectKey(k)),
            eraseSubject: scheduleCall(s, (p: JournalParty, at: number) =>
              target.eraseSubject(p, at),
            ),
          };
          const tasks = [
            s
              .schedule(Promise.resolve(), 're-wrapper')
              .then(() => rewrapKeyNaively(view, alice, 'kid-2')),
            s
              .schedule(Promise.resolve(), 'eraser')
              .then(() => view.eraseSubject(alice, BASE_TS + 1)),
          ];
          await s.waitFor(Promise.all(tasks));
          return (await target.getSubjectKey(alice)) === undefined;
        });
        const result = await fc.check(staysErased, { numRuns: Math.max(numRuns, 50) });
        expect(result.failed).toBe(true);
      });

      it.runIf(options.capabilities.realConcurrency)(
        'S-12: an erasure on one client racing re-wraps on another always wins',
        async () => {
          await withPeer(handles(), 'handles.openPeer', options.name, async (peer) => {
            store();
            const other = required(peer.journal, 'peer.journal', options.name)(current!.name);
            const log = { swapped: 0, lost: 0 };
            for (let round = 0; round < 20; round++) {
              const subject = keyFor(round);
              await store().ensureSubjectKey(subjectKey(subject, `jdk_${round}`));
              await Promise.all([
                rewrapKey(other, subject, 'kid-2', log),
                store().eraseSubject(subject, BASE_TS),
                rewrapKey(store(), subject, 'kid-3', log),
              ]);
              expect(await store().getSubjectKey(subject)).toBeUndefined();
              expect(await other.getSubjectKey(subject)).toBeUndefined();
            }
            expect(await listAllKeys(store(), {}, 100)).toEqual([]);
          });
        },
      );
    });

    describe('checkpoints', () => {
      it('S-14: checkpoints are stored in growing size, the latest is found, and pages list each once', async () => {
        const chain = await appendChain(Array.from({ length: 9 }, () => spec()));
        for (const size of [1, 3, 4, 8])
          await store().putCheckpoint(checkpointOf(chain[size - 1], size));
        expect(await store().latestCheckpoint()).toEqual(checkpointOf(chain[7], 8));
        await expectConflict(store().putCheckpoint(checkpointOf(chain[7], 8, BASE_TS + 1)));
        await expectConflict(store().putCheckpoint(checkpointOf(chain[5], 6)));
        await expectKabinetError(
          store().putCheckpoint(checkpointOf(undefined, 10)),
          'ERR_INVALID_ARGUMENT',
        );
        const sizes: number[] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store().listCheckpoints(
            after === undefined ? { limit: 3 } : { limit: 3, after },
          );
          sizes.push(...page.items.map((c) => c.size));
          if (page.nextCursor === undefined) break;
          after = page.nextCursor;
        }
        expect(sizes).toEqual([1, 3, 4, 8]);
        expect((await store().listCheckpoints({ limit: 10 })).items[2]).toEqual(
          checkpointOf(chain[3], 4),
        );
      });
    });
  });
}
