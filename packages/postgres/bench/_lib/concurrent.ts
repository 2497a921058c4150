// Concurrent throughput under tinybench with the CPU it cost, and interleaved rounds of several sides.
import { readFileSync } from 'node:fs';
import { opsPerSecond } from '../../../../bench/_lib/report.js';

/** How many operations are kept in flight and for how long one measurement lasts. */
export interface Load {
  /** Operations in flight at once (each worker awaits its previous one). */
  readonly inFlight: number;
  /** Operations each worker runs per timed batch. */
  readonly perWorker: number;
  /** tinybench time of one measurement, ms. */
  readonly timeMs: number;
}

/** One measurement: throughput and CPU per operation (µs) of this process and of the server. */
export interface Measured {
  readonly opsPerSecond: number;
  /** CPU of this process (user + system) per operation, µs. */
  readonly clientCpuUs: number;
  /** CPU of the server processes per operation, µs; `undefined` when they cannot be read. */
  readonly serverCpuUs: number | undefined;
}

/**
 * CPU time so far of processes on this machine, ns (`/proc/<pid>/schedstat`, first field), or
 * `undefined` when one of them cannot be read (another machine, another PID namespace).
 */
export function processCpuNs(pids: readonly number[]): number | undefined {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      return undefined;
    }
  }
  return total;
}

/**
 * Operations per second of `op` with `load.inFlight` operations in flight: tinybench times
 * batches of `inFlight × perWorker` operations (the workers share one cursor `i`, so every
 * side sees the same sequence of arguments; `worker` is the worker's index, for work a worker
 * must own) and the batch rate is scaled back to operations. CPU is sampled around the whole
 * tinybench run (warm-up included) and divided by every operation run in it.
 */
export async function concurrentOpsPerSecond(
  name: string,
  op: (i: number, worker: number) => Promise<unknown>,
  load: Load,
  serverCpuNs: () => number | undefined = () => undefined,
): Promise<Measured> {
  let next = 0;
  const worker = async (w: number): Promise<void> => {
    for (let j = 0; j < load.perWorker; j++) await op(next++, w);
  };
  const workers = new Array<Promise<void>>(load.inFlight);
  const batch = async (): Promise<void> => {
    for (let w = 0; w < load.inFlight; w++) workers[w] = worker(w);
    await Promise.all(workers);
  };
  const server0 = serverCpuNs();
  const client0 = process.cpuUsage();
  const hz = await opsPerSecond(name, batch, load.timeMs);
  const client = process.cpuUsage(client0);
  const server1 = serverCpuNs();
  return {
    opsPerSecond: hz * load.inFlight * load.perWorker,
    clientCpuUs: (client.user + client.system) / next,
    serverCpuUs:
      server0 === undefined || server1 === undefined
        ? undefined
        : (server1 - server0) / 1000 / next,
  };
}

/** Every round's measurement per side. */
export type Rounds<S extends string> = Readonly<Record<S, readonly Measured[]>>;

/**
 * Runs `measure` for every side, round after round, alternating the order each round
 * (A B, B A, A B, …) so a load spike from elsewhere on the shared machine hits all sides
 * alike.
 */
export async function interleaved<S extends string>(
  rounds: number,
  sides: Readonly<Record<S, () => Promise<Measured>>>,
  label = '',
): Promise<Rounds<S>> {
  const names = Object.keys(sides) as S[];
  const all = Object.fromEntries(names.map((n) => [n, [] as Measured[]])) as Record<S, Measured[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const m = await sides[name]();
      all[name].push(m);
      const cpu = `client ${m.clientCpuUs.toFixed(1)} µs/op${m.serverCpuUs === undefined ? '' : `, server ${m.serverCpuUs.toFixed(1)} µs/op`}`;
      console.log(
        `  ${label}round ${r + 1}/${rounds} ${name}: ${m.opsPerSecond.toFixed(1)} ops/s (${cpu})`,
      );
    }
  }
  return all;
}

/** The best round's throughput. */
export const bestRate = (rounds: readonly Measured[]): number =>
  Math.max(...rounds.map((m) => m.opsPerSecond));

/** The lowest CPU per operation of any round (client + server), or `undefined` without server CPU. */
export function bestCpu(rounds: readonly Measured[]): number | undefined {
  if (rounds.some((m) => m.serverCpuUs === undefined)) return undefined;
  return Math.min(...rounds.map((m) => m.clientCpuUs + m.serverCpuUs!));
}

/** `1,234 / 1,301 / …` for a note. */
export function listRounds(values: readonly number[]): string {
  return values
    .map((v) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1)))
    .join(' / ');
}

/**
 * A fixed pseudo-random sequence of key indexes (xorshift32 from a constant seed): every
 * side increments the same keys in the same order, uniformly spread over `keys` keys.
 */
export function keySequence(keys: number, length = 1 << 16): Uint16Array | Uint32Array {
  const out = keys <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
  let x = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % keys;
  }
  return out;
}
