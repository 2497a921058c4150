import { issue, type Issue } from '@kabinet/core';
import { isSha256Hex, JOURNAL_GENESIS_HASH, type JournalEntry } from '@kabinet/ports';
import type { CheckpointBody } from '../checkpoint/checkpoint-body.js';
import { createMerkleFrontier } from '../merkle/create-merkle-frontier.js';
import { leafHashForVerify } from '../_lib/fast-leaf.js';

/** Why a chain failed verification. */
export type ChainIssueCode =
  | 'audit.entry.malformed'
  | 'audit.entry.hash_mismatch'
  | 'audit.chain.broken_link'
  | 'audit.chain.time_regression'
  | 'audit.checkpoint.mismatch'
  | 'audit.checkpoint.beyond_end';

/** The outcome of walking the whole chain. */
export interface ChainReport {
  /** `true` when every entry and every given checkpoint checked out. */
  readonly ok: boolean;
  /** Number of stored entries. */
  readonly size: number;
  /**
   * The first entry that can no longer be trusted (at or before the change): entries below it
   * are vouched for by an intact successor link or a matching signed checkpoint.
   */
  readonly firstBadSeq?: number;
  /** Where the inconsistency surfaced (an entry index, or the size of the checkpoint that did not match). */
  readonly detectedAt?: number;
  /** What failed, with `seq` in its params. */
  readonly issue?: Issue<ChainIssueCode>;
  /** The largest checkpoint size the chain matched (0 without one). */
  readonly signedSize: number;
  /** Entries after the last matched checkpoint: valid links, but not yet covered by a signature. */
  readonly unsignedTail: number;
  /** How many checkpoints the chain matched. */
  readonly checkpointsMatched: number;
  /** Merkle root of the whole chain (meaningful when `ok`; absent when roots were not rebuilt). */
  readonly root?: string;
  /** Hash of the last entry (meaningful when `ok`). */
  readonly head: string;
}

/** Reads up to `limit` entries from `fromSeq` (e.g. `store.read`). */
export type ReadEntries = (
  fromSeq: number,
  limit: number,
) => Promise<readonly JournalEntry[]> | readonly JournalEntry[];

/** Options of {@link verifyChain}. */
export interface VerifyChainOptions {
  /** Entries per read (default 4096). */
  readonly batchSize?: number;
  /**
   * Also rebuild the RFC 9162 tree and compare every checkpoint's `root` (default `false`).
   * The default compares each checkpoint's signed `head`, which commits to the whole prefix
   * through the links, so it detects every change to the entries as surely as the roots do.
   * `true` adds an audit of the signer: that the roots it signed (the ones inclusion and
   * consistency proofs lead to) are the roots of these entries. It costs one more hash per
   * entry, about half as much again.
   */
  readonly roots?: boolean;
}

function isParty(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as { type?: unknown; id?: unknown };
  return typeof p.type === 'string' && typeof p.id === 'string';
}

function isWellFormed(e: JournalEntry): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    e.v === 1 &&
    Number.isSafeInteger(e.seq) &&
    Number.isSafeInteger(e.ts) &&
    e.ts >= 0 &&
    typeof e.action === 'string' &&
    isParty(e.actor) &&
    isParty(e.subject) &&
    (e.payloadCommitment === null || isSha256Hex(e.payloadCommitment)) &&
    // `hash` and `prev` are compared with computed hex hashes, which also proves their form.
    typeof e.prev === 'string' &&
    typeof e.hash === 'string'
  );
}

/**
 * Walks the **whole** chain from entry 0 (S-14): recomputes every entry hash, checks every
 * link (`seq` without gaps, `prev` = previous hash, time never going back), compares the
 * running head with every checkpoint at its size (and, with `roots: true`, the rebuilt RFC
 * 9162 root with its signed root), and reports the entries after the last checkpoint as the
 * unsigned tail. Checking only the signed prefix would miss rows
 * appended after it (the lesson of payments-audit-storage.md §2.5).
 *
 * Pass only checkpoints whose signatures were verified ({@link verifyCheckpoint}). Cutting off
 * entries after the newest checkpoint you hold cannot be detected: hold a recent one outside
 * the database.
 *
 * @param read - reads entries by range (e.g. `(from, n) => store.read(from, n)`)
 * @param checkpoints - verified checkpoint bodies (any order)
 * @param options - the batch size
 * @returns the report; `firstBadSeq` is at or before the first changed entry
 * @example
 * ```ts
 * const report = await verifyChain((from, n) => store.read(from, n), [trusted]);
 * if (!report.ok) alert(`journal tampered from #${report.firstBadSeq}`);
 * ```
 */
export async function verifyChain(
  read: ReadEntries,
  checkpoints: readonly CheckpointBody[],
  options: VerifyChainOptions = {},
): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 4096;
  const roots = options.roots ?? false;
  const expected = [...checkpoints].sort((a, b) => a.size - b.size);
  const frontier = createMerkleFrontier();
  let prevHash = JOURNAL_GENESIS_HASH;
  let prevTs = 0;
  let confirmed = 0;
  let matched = 0;
  let next = 0;
  let size = 0;
  let failure:
    { detectedAt: number; firstBadSeq: number; issue: Issue<ChainIssueCode> } | undefined;

  const failAt = (j: number, code: ChainIssueCode): void => {
    failure = {
      detectedAt: j,
      firstBadSeq: Math.max(j - 1, confirmed, 0),
      issue: issue(code, [], { seq: j }),
    };
  };
  const checkpointsAt = (n: number): void => {
    while (failure === undefined && next < expected.length && expected[next]!.size === n) {
      const cp = expected[next]!;
      if (cp.head !== prevHash || (roots && cp.root !== frontier.root())) {
        failure = {
          detectedAt: n,
          firstBadSeq: confirmed,
          issue: issue('audit.checkpoint.mismatch', [], { seq: confirmed, size: n }),
        };
        return;
      }
      confirmed = n;
      matched++;
      next++;
    }
  };

  checkpointsAt(0);
  for (;;) {
    const batch = await read(size, batchSize);
    if (batch.length === 0) break;
    if (failure !== undefined) {
      size += batch.length;
      continue;
    }
    for (const e of batch) {
      const j = size++;
      if (failure !== undefined) continue;
      if (!isWellFormed(e)) failAt(j, 'audit.entry.malformed');
      // The link first: it also proves `prev` is hex, which the fast leaf hash relies on.
      else if (e.seq !== j || e.prev !== prevHash) failAt(j, 'audit.chain.broken_link');
      else {
        // Only hashes computed here go on: the stored `hash` is read once, to compare.
        const leaf = leafHashForVerify(e);
        if (leaf !== e.hash) failAt(j, 'audit.entry.hash_mismatch');
        else if (e.ts < prevTs) failAt(j, 'audit.chain.time_regression');
        else {
          if (roots) frontier.append(leaf);
          prevHash = leaf;
          prevTs = e.ts;
          if (next < expected.length && expected[next]!.size === j + 1) checkpointsAt(j + 1);
        }
      }
    }
    if (batch.length < batchSize) break;
  }
  if (failure === undefined && next < expected.length) {
    // A signed checkpoint covers entries that are no longer there: the chain was cut off.
    failure = {
      detectedAt: size,
      firstBadSeq: Math.max(size - 1, confirmed, 0),
      issue: issue('audit.checkpoint.beyond_end', [], { seq: size, size: expected[next]!.size }),
    };
  }
  const base = {
    size,
    signedSize: confirmed,
    unsignedTail: size - confirmed,
    checkpointsMatched: matched,
    head: prevHash,
    ...(roots ? { root: frontier.root() } : {}),
  };
  return failure === undefined ? { ok: true, ...base } : { ok: false, ...base, ...failure };
}
