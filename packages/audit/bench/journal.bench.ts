// Measures the audit journal beside raw SHA-256 over the same entry bytes, in one run:
// in-memory append rate, full verification rate (whole chain + Merkle root + checkpoints),
// memory per stored entry, and the canonicalisation that feeds every hash.
import { hash } from 'node:crypto';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { createFakeClock } from '@kabinet/core';
import type { KeyProvider, SecretKey, SigningKey } from '@kabinet/ports';
import { createMemoryJournalStore } from '@kabinet/memory';
import { createJournal } from '../src/journal/create-journal.js';
import { canonicalizeEntry } from '../src/entry/canonicalize-entry.js';
import { createMerkleFrontier } from '../src/merkle/create-merkle-frontier.js';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signing: SigningKey = { kid: 'bench-sig', alg: 'EdDSA', privateKey, publicKey };
const secret: SecretKey = { kid: 'bench-payload', key: new Uint8Array(randomBytes(32)) };
const keys: KeyProvider = {
  currentSigningKey: () => signing,
  verificationKeys: () => [signing],
  currentSecret: () => secret,
  secretById: (_p, kid) => (kid === secret.kid ? secret : undefined),
};

const actor = { type: 'account', id: 'acc_01jd4s9x3kq7m2v8w5n6p0r1t' };
const subject = { type: 'payment', id: 'pay_01jd4s9x3kq7m2v8w5n6p0r1t' };
const gc = (globalThis as { gc?: () => void }).gc;

function newJournal() {
  const clock = createFakeClock();
  const store = createMemoryJournalStore();
  return { clock, store, journal: createJournal({ store, keys, clock, checkpoint: { everyEntries: 1000, everyMs: 60_000 } }) };
}

// 1. Append rate: batches of 1 000 sequential awaited appends (checkpoint every 1 000 entries).
const BATCH = 1000;
const appendTarget = newJournal();
let tick = 0;
const appendBatches = await opsPerSecond(
  'journal.append',
  async () => {
    for (let i = 0; i < BATCH; i++) {
      appendTarget.clock.advance(1);
      await appendTarget.journal.append({ actor, action: 'payment.attempt.started', subject });
    }
    tick++;
  },
  1500,
);
const appendRate = appendBatches * BATCH;

const payloadTarget = newJournal();
const payloadBatches = await opsPerSecond(
  'journal.append+payload',
  async () => {
    for (let i = 0; i < 100; i++) {
      await payloadTarget.journal.append({ actor, action: 'account.login.succeeded', subject: actor, payload: { ip: '203.0.113.5', userAgent: 'Mozilla/5.0' } });
    }
  },
  800,
);
const payloadRate = payloadBatches * 100;

// 2. A chain of N entries to verify, and the raw hash rate over exactly its entry bytes.
const N = 100_000;
const chain = newJournal();
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < N; i++) {
  chain.clock.advance(1);
  await chain.journal.append({ actor, action: 'payment.attempt.started', subject });
}
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const bytesPerEntry = (heapAfter - heapBefore) / N;

const stored = await chain.store.read(0, N);
const leafInputs = stored.map((e) => '\u0000' + canonicalizeEntry(e));
const entryBytes = leafInputs.reduce((sum, s) => sum + Buffer.byteLength(s), 0) / N;
let sink = '';
const rawPasses = await opsPerSecond('crypto.hash sha256 (same entry bytes)', () => {
  for (let i = 0; i < N; i++) sink = hash('sha256', leafInputs[i]!, 'hex');
}, 1500);
const rawRate = rawPasses * N;

let verifyOk = true;
const verifyPasses = await opsPerSecond('journal.verify', async () => {
  const report = await chain.journal.verify();
  verifyOk &&= report.ok && report.size === N;
}, 3000);
const verifyRate = verifyPasses * N;
if (!verifyOk) throw new Error('verification failed in the benchmark');

// 3. Canonicalisation and the Merkle frontier (what each append and each verified entry pays for).
const sample = stored[12_345]!;
const handCanonical = await opsPerSecond('canonicalizeEntry', () => canonicalizeEntry(sample));
const genericCanonical = await opsPerSecond('canonicalize@4.0.0', () => canonicalize(sample));
const frontier = createMerkleFrontier();
let leaf = 0;
const frontierRate = await opsPerSecond('merkle frontier append', () => frontier.append(stored[leaf++ % N]!.hash));

const metrics: Metric[] = [
  {
    name: 'journal.append (memory store, no payload)',
    value: appendRate,
    unit: 'entries/s',
    better: 'higher',
    peers: { 'crypto.hash sha256 of the entry bytes': rawRate },
    target: '>= 150,000 entries/s',
    met: appendRate >= 150_000,
    note: 'sequential awaited appends, checkpoint (Ed25519 JWS) every 1 000 entries',
  },
  {
    name: 'journal.append (with encrypted payload)',
    value: payloadRate,
    unit: 'entries/s',
    better: 'higher',
    note: 'commitment + AES-256-GCM under the subject data key; informative',
  },
  {
    name: 'journal.verify (whole chain, 100k entries)',
    value: verifyRate,
    unit: 'entries/s',
    better: 'higher',
    peers: { 'crypto.hash sha256 of the entry bytes': rawRate },
    target: '>= 30% of the raw hash rate',
    met: verifyRate >= 0.3 * rawRate,
    note: `every entry re-canonicalised and re-hashed, links checked, Merkle root rebuilt, ${Math.floor(N / 1000)} checkpoints signature-checked and matched; ${(verifyRate / rawRate * 100).toFixed(1)}% of raw`,
  },
  {
    name: 'memory per stored entry',
    value: bytesPerEntry,
    unit: 'bytes',
    better: 'lower',
    note: `V8 heap growth over ${N} entries in the memory store (indexes included); canonical entry is ${entryBytes.toFixed(0)} bytes`,
  },
  {
    name: 'canonicalizeEntry (hand-written RFC 8785)',
    value: handCanonical,
    unit: 'ops/s',
    better: 'higher',
    peers: { 'canonicalize@4.0.0': genericCanonical },
  },
  { name: 'Merkle frontier append', value: frontierRate, unit: 'ops/s', better: 'higher' },
];

writeReport(
  'audit',
  'Audit journal: append, verification, memory',
  metrics,
  `Raw baseline: \`crypto.hash('sha256', 0x00 ‖ canonical entry, 'hex')\` over the same ${N} stored entries (${entryBytes.toFixed(0)} bytes each), measured in this run.${sink === '' ? '' : ''}`,
);
void tick;
