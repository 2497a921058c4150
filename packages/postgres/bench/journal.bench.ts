// Journal benchmark (report `postgres-journal`): journaled state changes per second with 8
// concurrent writers on the machine's PostgreSQL 15, three designs measured in one run:
//
// 1. outbox + sequencer (Kabinet): each change is a unit of work (createPostgresUnitOfWork):
//    BEGIN, the versioned update of the writer's record, the entry (payload sealed by
//    createJournalEnqueuer) inserted into the outbox, COMMIT; on pools in pg's pipeline mode
//    that is two round trips, each one write of the socket (BEGIN + UPDATE, INSERT + COMMIT),
//    of named prepared statements. One sequencer
//    (createJournalSequencer over createPostgresJournalOutbox, its own connection) chains the
//    entries in batches. A measured batch ends only when the outbox is empty again, so the rate
//    is end to end: every entry hashed, linked and in the chain.
// 2. head row: the same update and the same sealed entry in the same transaction, chained
//    there under `SELECT … FOR UPDATE` of the journal's head row (then the guarded append and
//    the head update): gap-free, but every journaled write waits for the one lock.
// 3. floor: a bare single-row INSERT, committed on its own (autocommit): what one durable
//    write costs with 8 writers, whatever the design. The floor's and the head row's own
//    statements are named prepared statements too.
//
// Targets (the issue): outbox ≥ 5× head row, and ≥ 50% of the floor. The machine is shared, so
// the designs run in interleaved rounds (1 2 3, 3 2 1, …) and each one's best round is
// reported, with every round in the note. Both chains are verified with @kabinet/audit at the
// end. Bounded by KABINET_BENCH_ROUNDS (default 5) and KABINET_BENCH_ROUND_MS (default 1500).
// Each round also reads the CPU time it took, of this process and of the design's PostgreSQL
// backends (/proc), per change: on a machine of 2 shared cores that is what bounds the rates.
//
// Run with `pnpm bench journal` (or `node scripts/run-benches.mjs postgres`).
// KABINET_BENCH_DATABASE_URL overrides the server (default postgresql://postgres@127.0.0.1:5432/test).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createJournal, createJournalEnqueuer, createJournalSequencer } from '@kabinet/audit';
import { systemClock } from '@kabinet/core';
import { createMemoryKeyProvider } from '@kabinet/memory';
import {
  JOURNAL_GENESIS_HASH,
  type JournalParty,
  type JournalPendingEntry,
  type StoreRecord,
} from '@kabinet/ports';
import pg from 'pg';
import { Bench } from 'tinybench';
import { writeReport, type Metric } from '../../../bench/_lib/report.js';
import type { SqlConnection, SqlPool } from '../src/pool/sql-pool.js';
import { createPostgresJournalStore } from '../src/journal/index.js';
import { migrate } from '../src/migrate/index.js';
import { createPostgresJournalOutbox, createPostgresUnitOfWork } from '../src/outbox/index.js';
import { createPostgresVersionedStore } from '../src/store/index.js';

const DATABASE_URL =
  process.env.KABINET_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const ROUNDS = Number(process.env.KABINET_BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.KABINET_BENCH_ROUND_MS ?? 1500);
const WRITERS = 8;
// A timed batch ends when the outbox is empty again (below): 800 changes a batch, so that wait
// (one batch of the sequencer) is part of each measurement without being most of it.
const PER_WRITER = 100;
const BATCH = 500;
const SEQUENCER_POLL_MS = 100;

const run = randomBytes(4).toString('hex');
const loadStart = loadavg();
const cpus = (await import('node:os')).cpus().length;
const schema = `bench_journal_${run}`;
const s = `"${schema}"`;
const OUTBOX_JOURNAL = 'bench_outbox';
const HEAD_JOURNAL = 'bench_head_row';

const pools: pg.Pool[] = [];
/**
 * Pools in pg's pipeline mode (a query is sent without waiting for the one before): every design
 * gets it. Connections stay open between rounds, and each pool's backends carry its name as
 * `application_name`, so the PostgreSQL CPU a design used can be read from /proc.
 */
function openPool(max: number, name: string): SqlPool {
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 0,
    application_name: name,
    pipeline: true,
  });
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}
/** Opens every connection of the pool before timing, so no design pays for connecting. */
async function warm(pool: SqlPool, n: number): Promise<void> {
  const held = await Promise.all(Array.from({ length: n }, () => pool.connect()));
  for (const c of held) c.release();
}

interface Row extends StoreRecord {
  readonly n: number;
}

const keys = createMemoryKeyProvider();
const clock = systemClock;
const writer = (w: number): JournalParty => ({ type: 'account', id: `acc_bench_${w}` });
const input = (w: number, n: number) => ({
  actor: writer(w),
  action: 'contact.changed' as const,
  subject: writer(w),
  payload: {
    kind: 'phone' as const,
    before: `+7916${String(n).padStart(7, '0')}`,
    after: `+7916${String(n + 1).padStart(7, '0')}`,
  },
});

const setupPool = openPool(2, 'kabinet_bench_setup');
await migrate(setupPool, { schema });
await setupPool.query(
  `CREATE TABLE ${s}.bench_head (journal text PRIMARY KEY, seq bigint NOT NULL, hash text NOT NULL, ts bigint NOT NULL)`,
);
await setupPool.query(
  `CREATE TABLE ${s}.bench_floor (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, writer int NOT NULL, n int NOT NULL)`,
);
await setupPool.query(`INSERT INTO ${s}.bench_head VALUES ($1, -1, $2, 0)`, [
  HEAD_JOURNAL,
  JOURNAL_GENESIS_HASH,
]);

/** A versioned record per writer and design, and the writer's current version of it. */
async function records(pool: SqlPool, collection: string): Promise<{ versions: number[] }> {
  const store = createPostgresVersionedStore<Row>({ pool, collection, clock, schema });
  const versions: number[] = [];
  for (let w = 0; w < WRITERS; w++)
    versions.push((await store.create({ id: `w${w}`, n: 0 })).version);
  return { versions };
}

// 1. Outbox + sequencer.
const outboxPool = openPool(WRITERS, 'kabinet_bench_outbox');
const sequencerPool = openPool(3, 'kabinet_bench_sequencer');
const outboxStore = createPostgresJournalStore({
  pool: sequencerPool,
  schema,
  journal: OUTBOX_JOURNAL,
});
const sequencer = createJournalSequencer({
  outbox: createPostgresJournalOutbox({ pool: sequencerPool, schema, journal: OUTBOX_JOURNAL }),
  store: outboxStore,
  keys,
  clock,
  batchSize: BATCH,
  onError: (error) => console.error('sequencer:', error),
});
// No wake per commit: the sequencer polls every SEQUENCER_POLL_MS, so its batches are large
// and its commits few (a wake per unit would make a batch, and a commit, of one or two entries).
const unitOfWork = createPostgresUnitOfWork({
  pool: outboxPool,
  clock,
  schema,
  journal: OUTBOX_JOURNAL,
});
const enqueuer = createJournalEnqueuer({ keys, clock });
const outboxRecords = await records(outboxPool, 'bench_outbox');
let outboxN = 0;
async function outboxChange(w: number): Promise<void> {
  const n = ++outboxN;
  const written = await unitOfWork.run(async (scope) => {
    const rows = scope.versioned<Row>('bench_outbox');
    const stored = await rows.update({ id: `w${w}`, n }, outboxRecords.versions[w]!);
    await enqueuer.enqueue(scope, input(w, n));
    return stored;
  });
  outboxRecords.versions[w] = written.version;
}
sequencer.start({ intervalMs: SEQUENCER_POLL_MS });

// 2. Head row under SELECT … FOR UPDATE, in the state change's transaction.
const headPool = openPool(WRITERS, 'kabinet_bench_head_row');
const headRecords = await records(headPool, 'bench_head_row');
const headJournalKeys = createPostgresJournalStore({
  pool: headPool,
  schema,
  journal: HEAD_JOURNAL,
});
const headEnqueuer = createJournalEnqueuer({ keys, clock }); // its own cache of this journal's data keys
/** The same sealing as the outbox design: the enqueuer seals the payload, the pending entry is captured. */
async function sealed(w: number, n: number): Promise<JournalPendingEntry> {
  let pending: JournalPendingEntry | undefined;
  await headEnqueuer.enqueue(
    { journalKeys: headJournalKeys, enqueue: async (p) => void (pending = p) },
    input(w, n),
  );
  return pending!;
}
const { sealJournalBatch } = await import('@kabinet/audit');
// Named prepared statements, as the outbox design's: every design is parsed and planned once.
const LOCK_HEAD = `SELECT seq, hash, ts FROM ${s}.bench_head WHERE journal = $1 FOR UPDATE`;
const MOVE_HEAD = `UPDATE ${s}.bench_head SET seq = $2, hash = $3, ts = $4 WHERE journal = $1`;
let headN = 0;
async function headRowChange(w: number): Promise<void> {
  const n = ++headN;
  const pending = await sealed(w, n);
  const connection: SqlConnection = await headPool.connect();
  const tx: SqlPool = {
    query: connection.query.bind<SqlPool['query']>(connection),
    connect: async () => ({ ...connection, release: () => undefined }),
  };
  try {
    // BEGIN travels with the first statement (pipeline mode), as in the unit of work.
    const begun = connection.query('BEGIN');
    const stored = await createPostgresVersionedStore<Row>({
      pool: tx,
      collection: 'bench_head_row',
      clock,
      schema,
    }).update({ id: `w${w}`, n }, headRecords.versions[w]!);
    const head = (
      await (connection as unknown as pg.PoolClient).query<{
        seq: string;
        hash: string;
        ts: string;
      }>({ name: 'bench_lock_head', text: LOCK_HEAD, values: [HEAD_JOURNAL] })
    ).rows[0]!;
    const previous =
      Number(head.seq) < 0
        ? undefined
        : {
            v: 1 as const,
            seq: Number(head.seq),
            ts: Number(head.ts),
            hash: head.hash,
            prev: '',
            actor: writer(w),
            action: '',
            subject: writer(w),
            payloadCommitment: null,
          };
    const [entry] = sealJournalBatch([pending], previous);
    const p = pending.payload as { keyId: string; iv: string; ciphertext: string };
    await createPostgresJournalStore({ pool: tx, schema, journal: HEAD_JOURNAL }).append(entry!, {
      state: 'sealed',
      seq: entry!.seq,
      subject: entry!.subject,
      keyId: p.keyId,
      iv: p.iv,
      ciphertext: p.ciphertext,
    });
    await (connection as unknown as pg.PoolClient).query({
      name: 'bench_move_head',
      text: MOVE_HEAD,
      values: [HEAD_JOURNAL, entry!.seq, entry!.hash, entry!.ts],
    });
    await begun;
    await connection.query('COMMIT');
    headRecords.versions[w] = stored.version;
  } catch (error) {
    await connection.query('ROLLBACK');
    throw error;
  } finally {
    connection.release();
  }
}

// Reference (no target): the same state change in a unit of work, not journaled, to show what
// the journal adds to it and what the state change itself costs against the floor.
const plainRecords = await records(outboxPool, 'bench_plain');
let plainN = 0;
async function plainChange(w: number): Promise<void> {
  const n = ++plainN;
  const written = await unitOfWork.run((scope) =>
    scope.versioned<Row>('bench_plain').update({ id: `w${w}`, n }, plainRecords.versions[w]!),
  );
  plainRecords.versions[w] = written.version;
}

// 3. Floor: one bare INSERT, autocommitted.
const floorPool = openPool(WRITERS, 'kabinet_bench_floor');
const FLOOR = `INSERT INTO ${s}.bench_floor (writer, n) VALUES ($1, $2)`;
let floorN = 0;
async function floorWrite(w: number): Promise<void> {
  await (floorPool as unknown as pg.Pool).query({
    name: 'bench_floor_insert',
    text: FLOOR,
    values: [w, ++floorN],
  });
}

await Promise.all([warm(outboxPool, WRITERS), warm(headPool, WRITERS), warm(floorPool, WRITERS)]);
// JIT warm-up of every path before the first timed round.
for (let w = 0; w < WRITERS; w++) {
  await outboxChange(w);
  await headRowChange(w);
  await plainChange(w);
  await floorWrite(w);
}
await sequencer.drain();

/** CPU time (user + system, in clock ticks of 10 ms) of the PostgreSQL backends of the named pools; 0 where /proc cannot tell. */
async function backendTicks(names: readonly string[]): Promise<number> {
  const pids = (
    await setupPool.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = ANY($1::text[])',
      [names],
    )
  ).rows;
  let ticks = 0;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Not on Linux, or the backend is gone.
    }
  }
  return ticks;
}

/** CPU per change in a round: this process (the writers, pg, sealing, the sequencer) and the design's PostgreSQL backends, in µs. */
interface CpuPerChange {
  readonly node: number;
  readonly postgres: number;
}

/** Journaled changes per second (tinybench): batches of WRITERS × PER_WRITER changes, each writer awaiting its previous one; `settle` ends a batch. */
async function rate(
  name: string,
  change: (w: number) => Promise<void>,
  backends: readonly string[],
  cpu: CpuPerChange[],
  settle: () => Promise<unknown> = async () => undefined,
): Promise<number> {
  let changes = 0;
  const batch = async (): Promise<void> => {
    changes += WRITERS * PER_WRITER;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < PER_WRITER; i++) await change(w);
      }),
    );
    await settle();
  };
  // A batch takes a good part of a second: a few of them fill the round (tinybench's default of
  // 64 iterations would make a round minutes long); a failed change fails the run.
  const bench = new Bench({
    time: ROUND_MS,
    iterations: 3,
    warmupTime: 0,
    warmupIterations: 1,
    throws: true,
  });
  bench.add(name, batch);
  const node0 = process.cpuUsage();
  const postgres0 = await backendTicks(backends);
  await bench.run();
  const node = process.cpuUsage(node0);
  const postgres = (await backendTicks(backends)) - postgres0;
  cpu.push({ node: (node.user + node.system) / changes, postgres: (postgres * 10_000) / changes });
  const result = bench.tasks[0]!.result as { throughput?: { mean: number } } | undefined;
  const hz = result?.throughput?.mean;
  if (hz === undefined || !Number.isFinite(hz))
    throw new Error(`benchmark ${name} produced no result`);
  return hz * WRITERS * PER_WRITER;
}

const cpuOf: Record<'outbox' | 'head row' | 'floor' | 'state change only', CpuPerChange[]> = {
  outbox: [],
  'head row': [],
  floor: [],
  'state change only': [],
};
const sides = {
  outbox: () =>
    rate(
      'outbox + sequencer',
      outboxChange,
      ['kabinet_bench_outbox', 'kabinet_bench_sequencer'],
      cpuOf.outbox,
      () => sequencer.drain(),
    ),
  'head row': () =>
    rate('head row FOR UPDATE', headRowChange, ['kabinet_bench_head_row'], cpuOf['head row']),
  floor: () => rate('bare INSERT + commit', floorWrite, ['kabinet_bench_floor'], cpuOf.floor),
  'state change only': () =>
    rate(
      'unit of work, not journaled',
      plainChange,
      ['kabinet_bench_outbox'],
      cpuOf['state change only'],
    ),
} as const;
type Side = keyof typeof sides;
const all: Record<Side, number[]> = {
  outbox: [],
  'head row': [],
  floor: [],
  'state change only': [],
};
for (let r = 0; r < ROUNDS; r++) {
  const order = (Object.keys(sides) as Side[])[r % 2 === 0 ? 'slice' : 'reverse']();
  for (const side of order) {
    const value = await sides[side]();
    all[side].push(value);
    const cpu = cpuOf[side].at(-1)!;
    console.log(
      `round ${r + 1}/${ROUNDS} ${side}: ${value.toFixed(0)}/s (CPU per change: Node ${cpu.node.toFixed(0)} µs, PostgreSQL ${cpu.postgres.toFixed(0)} µs)`,
    );
  }
}
const best = (side: Side): number => Math.max(...all[side]);
const outbox = best('outbox');
const headRow = best('head row');
const floor = best('floor');
const plain = best('state change only');

// Both chains must be whole: gap-free, linked, hashes right, checkpoints signed by the sequencer.
await sequencer.stop();
const pendingLeft = Number(
  (await setupPool.query<{ n: string }>(`SELECT count(*) AS n FROM ${s}.kabinet_journal_outbox`))
    .rows[0]!.n,
);
const outboxReport = await createJournal({ store: outboxStore, keys, clock }).verify(undefined, {
  payloads: true,
});
const headReport = await createJournal({
  store: createPostgresJournalStore({ pool: setupPool, schema, journal: HEAD_JOURNAL }),
  keys,
  clock,
}).verify(undefined, { payloads: true });
if (!outboxReport.ok || !headReport.ok || pendingLeft !== 0)
  throw new Error(
    `a chain does not verify: ${JSON.stringify({ outboxReport, headReport, pendingLeft })}`,
  );

const list = (values: readonly number[]): string =>
  values.map((v) => Math.round(v).toLocaleString('en-US')).join(' / ');
// The same round's sides ran seconds apart, so their ratios are less noisy than ratios of bests.
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const perRound = (over: Side): number[] => all.outbox.map((v, i) => v / all[over][i]!);
const ratios = (over: Side): string =>
  perRound(over)
    .map((r) => r.toFixed(2))
    .join(' / ');
console.log(
  `outbox ${outbox.toFixed(0)}/s, head row ${headRow.toFixed(0)}/s, floor ${floor.toFixed(0)}/s`,
);
console.log(
  `outbox / head row = ${(outbox / headRow).toFixed(2)}×, outbox / floor = ${(outbox / floor).toFixed(2)}, outbox / not journaled = ${(outbox / plain).toFixed(2)}`,
);

const metrics: Metric[] = [
  {
    name: `journaled state changes/s, ${WRITERS} writers: outbox + sequencer vs head row FOR UPDATE`,
    value: outbox,
    unit: 'changes/s',
    better: 'higher',
    peers: { 'head row SELECT … FOR UPDATE in the same transaction': headRow },
    target: '≥ 5× head row',
    met: outbox >= 5 * headRow,
    note: `rounds: outbox ${list(all.outbox)}; head row ${list(all['head row'])}; outbox / head row by round ${ratios('head row')} (median ${median(perRound('head row')).toFixed(2)}×)`,
  },
  {
    name: `journaled state changes/s, ${WRITERS} writers: outbox + sequencer vs the floor (bare single-row INSERT + commit)`,
    value: outbox,
    unit: 'changes/s',
    better: 'higher',
    peers: { 'bare single-row INSERT, autocommit': floor },
    target: '≥ 0.5× floor',
    met: outbox >= 0.5 * floor,
    note: `rounds: floor ${list(all.floor)}; outbox / floor by round ${ratios('floor')} (median ${median(perRound('floor')).toFixed(2)})`,
  },
  {
    name: `journaled state changes/s, ${WRITERS} writers: outbox + sequencer vs the same state change not journaled (reference)`,
    value: outbox,
    unit: 'changes/s',
    better: 'higher',
    peers: { 'the same unit of work without the journal': plain },
    note: `what journaling adds to a state change; rounds: ${list(all['state change only'])}; outbox / not journaled by round ${ratios('state change only')} (median ${median(perRound('state change only')).toFixed(2)})`,
  },
];

writeReport(
  'postgres-journal',
  'PostgreSQL: journaled state changes (outbox + sequencer)',
  metrics,
  [
    `Each design runs ${WRITERS} writers, each awaiting its previous change, on pools in \`pg\`'s pipeline mode (a transaction's`,
    '`BEGIN` travels with its first statement in both transactional designs, and the outbox entry with the COMMIT);',
    `tinybench times batches of ${WRITERS} × ${PER_WRITER} changes for ${ROUND_MS} ms per round, ${ROUNDS} rounds interleaved`,
    '(1 2 3 4, 4 3 2 1, …); the best round of each is reported.',
    '',
    `- **outbox + sequencer**: \`createPostgresUnitOfWork\` (BEGIN with the versioned UPDATE, then the outbox INSERT, payload`,
    `  sealed by \`createJournalEnqueuer\`, with the COMMIT) on a pool of ${WRITERS}; one \`createJournalSequencer\` on its own connection`,
    `  polls every ${SEQUENCER_POLL_MS} ms and moves up to ${BATCH} entries per transaction (vacuuming the outbox every 10,000). A batch is timed until the outbox is empty,`,
    '  so every entry is chained.',
    '- **head row**: the same UPDATE and sealed entry in one transaction with `SELECT … FOR UPDATE` of the journal head,',
    '  the guarded append (entry and payload) and the head update; the lock is held until COMMIT.',
    '- **floor**: `INSERT` of one row, autocommitted: one durable write per change.',
    "- **state change only** (reference): the outbox design's unit of work without the journal entry.",
    '',
    '| changes/s by round | ' + all.outbox.map((_, i) => `${i + 1}`).join(' | ') + ' |',
    '|---|' + all.outbox.map(() => '---').join('|') + '|',
    ...(Object.keys(all) as Side[]).map(
      (side) =>
        `| ${side} | ${all[side].map((v) => Math.round(v).toLocaleString('en-US')).join(' | ')} |`,
    ),
    `| outbox / head row | ${ratios('head row').split(' / ').join(' | ')} |`,
    `| outbox / floor | ${ratios('floor').split(' / ').join(' | ')} |`,
    `| outbox / state change only | ${ratios('state change only').split(' / ').join(' | ')} |`,
    `| state change only / floor | ${all['state change only'].map((v, i) => (v / all.floor[i]!).toFixed(2)).join(' | ')} |`,
    '',
    'CPU per change, median of the rounds: this Node process (writers, `pg`, sealing; for the outbox also the sequencer) and the',
    "design's PostgreSQL backends (for the outbox also the sequencer's), read from /proc; the WAL writer and other background",
    `processes are not counted. The last column is the rate the design would reach if both of the machine's ${cpus} cores did nothing else.`,
    '',
    '| CPU per change | Node µs | PostgreSQL µs | total µs | changes/s at all cores |',
    '|---|---|---|---|---|',
    ...(Object.keys(all) as Side[]).map((side) => {
      const node = median(cpuOf[side].map((c) => c.node));
      const postgres = median(cpuOf[side].map((c) => c.postgres));
      return `| ${side} | ${node.toFixed(0)} | ${postgres.toFixed(0)} | ${(node + postgres).toFixed(0)} | ${Math.round((cpus * 1e6) / (node + postgres)).toLocaleString('en-US')} |`;
    }),
    '',
    `Best rounds: outbox / head row ${(outbox / headRow).toFixed(2)}×, outbox / floor ${(outbox / floor).toFixed(2)}, outbox / the same state`,
    `change not journaled ${(outbox / plain).toFixed(2)}. Medians of the same-round ratios: ${median(perRound('head row')).toFixed(2)}×, ${median(perRound('floor')).toFixed(2)} and`,
    `${median(perRound('state change only')).toFixed(2)}. Both chains were verified afterwards with \`@kabinet/audit\` (${outboxReport.size.toLocaleString('en-US')} and`,
    `${headReport.size.toLocaleString('en-US')} entries, payloads opened, no gap, the outbox empty). PostgreSQL 15 with \`synchronous_commit = on\`, on the`,
    `shared machine the tests run on: load average ${loadStart.map((l) => l.toFixed(1)).join(', ')} at the start and ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} at the end`,
    `on ${cpus} cores, other jobs using the same PostgreSQL.`,
  ].join('\n'),
);

await setupPool.query(`DROP SCHEMA ${s} CASCADE`);
await Promise.all(pools.map((p) => p.end()));
