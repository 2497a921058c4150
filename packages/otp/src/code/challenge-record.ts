import type { StoreRecord } from '@kabinet/ports';

/** The channel a one-time code travels by (OTP-1). */
export type OtpChannel = 'sms' | 'email';

/** Every {@link OtpChannel}, for validation and iteration. */
export const OTP_CHANNELS: readonly OtpChannel[] = ['sms', 'email'];

/**
 * Why a code was asked for (OTP-1, PAY-2): registration, a contact change, an account
 * confirmation, a login second factor, a payment method's first use, or access recovery.
 */
export type OtpPurpose =
  'registration' | 'contact-change' | 'confirmation' | 'login' | 'payment' | 'recovery';

/** Every {@link OtpPurpose}, for validation and iteration. */
export const OTP_PURPOSES: readonly OtpPurpose[] = [
  'registration',
  'contact-change',
  'confirmation',
  'login',
  'payment',
  'recovery',
];

/**
 * A one-time-code challenge as stored in a `VersionedStore<ChallengeRecord>`. It never holds
 * the code or the session id: only HMACs under the `otp-pepper` key named by `kid`, so a
 * store dump reveals neither (S-3). Single use is one successful versioned update that sets
 * `consumedAt`; every wrong try is a versioned update of `attempts`, so concurrent
 * verifications can neither both succeed nor lose a count (S-9, S-15).
 *
 * @example
 * ```ts
 * const record = await challenges.get(challengeId);
 * const spent = record?.consumedAt !== undefined;
 * ```
 */
export interface ChallengeRecord extends StoreRecord {
  /** `otp_…` (see `createId`). */
  readonly id: string;
  /** Why the code was asked for. */
  readonly purpose: OtpPurpose;
  /** How the code was sent. */
  readonly channel: OtpChannel;
  /** Who asked: an account or draft id (not personal data). */
  readonly subject: string;
  /** The destination for display, e.g. `+7916*****67` or `i***@mail.ru`. */
  readonly destinationMasked: string;
  /** HMAC of `channel:destination` under the `blind-index` key `blindKid`: equality checks without the value. */
  readonly destinationBlind: string;
  /** Id of the `blind-index` key of {@link ChallengeRecord.destinationBlind}. */
  readonly blindKid: string;
  /** HMAC of the session id that asked (OTP-2). */
  readonly sessionMac: string;
  /** HMAC of the code, bound to this challenge id and the session (OTP-2, S-3). */
  readonly mac: string;
  /** Id of the `otp-pepper` key both MACs were made with (rotation). */
  readonly kid: string;
  /** Wrong tries so far. */
  readonly attempts: number;
  /** The per-challenge attempt cap in force when the code was issued. */
  readonly maxAttempts: number;
  /** When the code was issued (epoch ms). */
  readonly issuedAt: number;
  /** Epoch ms from which the code no longer verifies (issue time + TTL, at most 10 minutes). */
  readonly codeExpiresAt: number;
  /** When the right code was entered; the challenge is spent. */
  readonly consumedAt?: number;
  /** When a newer code for the same session, purpose and channel replaced this one. */
  readonly supersededAt?: number;
  /** The unique key that finds the live challenge of a session, purpose and channel (absent once spent). */
  readonly lookupKey?: string;
}

/**
 * What callers may see of a challenge: everything but the MACs, the key ids and the store's
 * bookkeeping (the lookup key, the supersede mark, the retention time).
 */
export type ChallengeView = Pick<
  ChallengeRecord,
  | 'id'
  | 'purpose'
  | 'channel'
  | 'subject'
  | 'destinationMasked'
  | 'destinationBlind'
  | 'issuedAt'
  | 'codeExpiresAt'
  | 'attempts'
  | 'maxAttempts'
  | 'consumedAt'
>;
