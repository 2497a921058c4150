import type { StoreRecord } from '../store/versioned-store.js';
import type { AccountLevel, EncryptedText } from './account-types.js';

/**
 * A server-side session (S-10, ACC-11): what makes logout, "end other sessions" and
 * disabling real for stateless access tokens. Every session is a signed-in one: a login waiting
 * for its second factor is a `PendingLoginRecord` in its own collection, and completing it
 * creates a session with a new id.
 *
 * @example
 * ```ts
 * const session = await sessions.get(sid);
 * const live = session !== undefined && session.revokedAt === undefined;
 * ```
 */
export interface SessionRecord extends StoreRecord {
  /** The account of the session. */
  readonly accountId: string;
  /** Epoch ms of the login. */
  readonly createdAt: number;
  /** Epoch ms of the last request seen (idle timeout, ACC-11). */
  readonly lastSeenAt: number;
  /** Hard end of the session (absolute lifetime). */
  readonly absoluteExpiresAt: number;
  /** The account level when the session was issued; a level change needs a new session. */
  readonly level: AccountLevel;
  /** The IP the session logged in from (login log, ACC-11). */
  readonly ip?: string;
  /** The device's `User-Agent`. */
  readonly userAgent?: string;
  /** HMAC of the current refresh secret. */
  readonly refreshHash?: string;
  /** HMACs of refresh secrets already rotated away; presenting one revokes the session. */
  readonly usedRefreshHashes: readonly string[];
  /** The last refresh rotation, so that a retry of it within the policy's window is answered again (S-16). */
  readonly lastRotation?: RefreshRotation;
  /** Last full authentication (login or re-authentication), for sensitive changes (S-11). */
  readonly authenticatedAt: number;
  /** Epoch ms the session ended. */
  readonly revokedAt?: number;
  /** Why it ended. */
  readonly revokeReason?:
    | 'logout'
    | 'ended'
    | 'ended_by_other'
    | 'refresh_reuse'
    | 'level_change'
    | 'account_disabled'
    | 'idle'
    | 'absolute';
}

/**
 * The last refresh rotation of a session: which token was spent and the refresh secret issued
 * for it, kept encrypted so a retry of the same request (its response was lost) can be given
 * the same new token instead of ending the session as a reuse (S-16).
 */
export interface RefreshRotation {
  /** HMAC of the refresh secret that was spent. */
  readonly from: string;
  /** The refresh secret issued for it, encrypted under the `pii-encryption` key. */
  readonly secret: EncryptedText;
  /** Epoch ms of the rotation. */
  readonly at: number;
  /** The session the secret belongs to, when the rotation moved to a new one (a level change). */
  readonly session?: string;
}
