import type { JournalEvent, PayloadView } from './journal-event.js';
import { foldHistory } from './fold-history.js';

/** One login attempt in the user's login log (AUD-2, ACC-11). */
export interface LoginRecord {
  /** The entry of the attempt. */
  readonly seq: number;
  /** Epoch ms of the attempt. */
  readonly ts: number;
  /** Whether the login succeeded. */
  readonly outcome: 'succeeded' | 'failed';
  /** The IP address; absent when the payload was erased or is unreadable. */
  readonly ip?: string;
  /** The client's User-Agent, if recorded. */
  readonly userAgent?: string;
  /** How the user logged in, if recorded. */
  readonly method?: string;
  /** Why it failed, as a stable code, if recorded. */
  readonly reason?: string;
  /** Whether the user has blocked this IP address (as of the end of the folded history). */
  readonly blocked: boolean;
  /** The payload's status (`present` unless erased or damaged). */
  readonly status: PayloadView['status'];
}

/** The login log: every attempt, newest first, and the blocked IP addresses. */
export interface LoginLog {
  /** Every attempt, newest first. */
  readonly records: readonly LoginRecord[];
  /** The blocked IP addresses, sorted. */
  readonly blockedIps: readonly string[];
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Folds the login log from `account.login.succeeded`, `account.login.failed` and
 * `account.ip.blocked` events (AUD-2, ACC-11). IP addresses come from the encrypted payloads;
 * an erased payload leaves the attempt in the log without its IP.
 *
 * @param events - the account's events (other actions are skipped)
 * @param untilSeq - fold only up to this `seq`
 * @returns attempts newest first and the blocked IPs
 * @example
 * ```ts
 * const log = foldLoginLog(await journal.history(account));
 * const unknown = log.records.filter((r) => r.ip !== undefined && !r.blocked);
 * ```
 */
export function foldLoginLog(events: readonly JournalEvent[], untilSeq?: number): LoginLog {
  const state = foldHistory<{ records: Omit<LoginRecord, 'blocked'>[]; blocked: Set<string> }>(
    events,
    (s, event) => {
      const { entry, payload } = event;
      const data =
        payload.status === 'present' && typeof payload.data === 'object' && payload.data !== null
          ? (payload.data as Record<string, unknown>)
          : {};
      if (entry.action === 'account.ip.blocked') {
        const ip = str(data['ip']);
        if (ip !== undefined) s.blocked.add(ip);
        return s;
      }
      if (entry.action !== 'account.login.succeeded' && entry.action !== 'account.login.failed')
        return s;
      const optional = Object.fromEntries(
        (['ip', 'userAgent', 'method', 'reason'] as const).flatMap((k) =>
          str(data[k]) === undefined ? [] : [[k, str(data[k])!]],
        ),
      );
      s.records.push({
        seq: entry.seq,
        ts: entry.ts,
        outcome: entry.action === 'account.login.succeeded' ? 'succeeded' : 'failed',
        ...optional,
        status: payload.status,
      });
      return s;
    },
    { records: [], blocked: new Set() },
    untilSeq,
  );
  const records = state.records
    .map((r) => ({ ...r, blocked: r.ip !== undefined && state.blocked.has(r.ip) }))
    .reverse();
  return { records, blockedIps: [...state.blocked].sort() };
}
