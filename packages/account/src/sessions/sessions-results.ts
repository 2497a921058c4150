import type { AccountLevel } from '@kabinet/ports';

/** A session as its owner sees it (ACC-11). */
export interface SessionView {
  /** The session's id. */
  readonly sessionId: string;
  /** Epoch ms of the login. */
  readonly createdAt: number;
  /** Epoch ms of the last request seen. */
  readonly lastSeenAt: number;
  /** Epoch ms it ends: the earlier of `idleExpiresAt` and `absoluteExpiresAt`. */
  readonly expiresAt: number;
  /** Epoch ms it ends if not used before then (idle timeout: `lastSeenAt` + the policy's idle time; moves with every use). */
  readonly idleExpiresAt: number;
  /** Epoch ms it ends however much it is used (absolute lifetime; the `sessionExpiresAt` of its tokens). */
  readonly absoluteExpiresAt: number;
  /** The IP it logged in from. */
  readonly ip?: string;
  /** The device's `User-Agent`. */
  readonly userAgent?: string;
  /** The account level it was issued for. */
  readonly level: AccountLevel;
  /** The session making the request. */
  readonly current: boolean;
}

/** One session ended. */
export interface SessionEnded {
  /** The id of the ended session. */
  readonly ended: string;
}

/** Several sessions ended. */
export interface SessionsEnded {
  /** How many ended. */
  readonly ended: number;
}

/** A completed re-authentication. */
export interface Reauthenticated {
  /** Epoch ms; sensitive changes are allowed for the policy's `reauthWindowMs` after it. */
  readonly authenticatedAt: number;
}

/** A blocked IP address. */
export interface IpBlocked {
  /** The address. */
  readonly blocked: string;
  /** How many sessions from it ended. */
  readonly endedSessions: number;
}
