import type { Clock, Random } from '@kabinet/core';
import type { KeyProvider, VersionedStore } from '@kabinet/ports';
import type { ChallengeRecord } from '../challenge-record.js';
import type { OtpPolicy } from '../otp-policy.js';

/** What every one-time-code use case works on: the checked policy, the store, the keys, time and randomness. */
export interface OtpContext {
  /** The policy in force (checked). */
  readonly policy: OtpPolicy;
  /** Where challenges live. */
  readonly challenges: VersionedStore<ChallengeRecord>;
  /** Supplies the `otp-pepper` and `blind-index` keys. */
  readonly keys: KeyProvider;
  /** The source of time. */
  readonly clock: Clock;
  /** Randomness for codes and ids. */
  readonly random: Random;
}
