import type { StoreRecord } from '../store/versioned-store.js';
import type { AccountLevel, SecondFactorMethod } from './account-types.js';

/**
 * A server-side session (S-10, ACC-11): what makes logout, "end other sessions" and
 * disabling real for stateless access tokens. A login waiting for its second factor is a
 * session at stage `second_factor`; completing it creates a new session with a new id.
 *
 * @example
 * ```ts
 * const session = await sessions.get(sid);
 * const live = session?.stage === 'active' && session.revokedAt === undefined;
 * ```
 */
export interface SessionRecord extends StoreRecord {
  readonly accountId: string;
  readonly stage: 'second_factor' | 'active';
  readonly createdAt: number;
  readonly lastSeenAt: number;
  /** Hard end of the session (absolute lifetime). */
  readonly absoluteExpiresAt: number;
  /** The account level when the session was issued; a level change needs a new session. */
  readonly level: AccountLevel;
  readonly ip?: string;
  readonly userAgent?: string;
  /** HMAC of the current refresh secret. */
  readonly refreshHash?: string;
  /** HMACs of refresh secrets already rotated away; presenting one revokes the session. */
  readonly usedRefreshHashes: readonly string[];
  /** Last full authentication (login or re-authentication), for sensitive changes (S-11). */
  readonly authenticatedAt: number;
  readonly revokedAt?: number;
  readonly revokeReason?: 'logout' | 'ended' | 'ended_by_other' | 'refresh_reuse' | 'level_change' | 'account_disabled' | 'idle' | 'absolute';
  /** At stage `second_factor`: the methods offered and the code challenge, if one was sent. */
  readonly secondFactor?: {
    readonly methods: readonly (SecondFactorMethod | 'backup_code')[];
    readonly challengeId?: string;
    /** HMAC of the secret that lets the client finish this login. */
    readonly tokenHash: string;
    /** Failures before this login succeeded, for the suspicious-success notice. */
    readonly priorFailures: number;
  };
}
