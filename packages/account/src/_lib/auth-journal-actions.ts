import type { JsonValue } from '@kabinet/audit/entry';

// The journal actions of the login, lock and unlock flows and of the signed-in auth use cases,
// with their payloads: `journalDraft` and `journal.append` check every entry against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** The account reached a password lock (OTP-5, S-7; ACC-8 for `support`). */
    'account.locked': {
      /** `temporary`, `capped` (the hard cap) or `support`. */
      readonly kind: 'temporary' | 'capped' | 'support';
      /** Consecutive failures that caused it. */
      readonly failures: number;
      /** Which lock in a row (1 = the first). */
      readonly lockNumber: number;
      /** When a temporary lock ends (epoch ms). */
      readonly until?: number;
      /** The lifecycle transitions, when the lock is mirrored in the lifecycle (`support`). */
      readonly transitions?: readonly JsonValue[];
    };
    /** A timed lock mirrored in the lifecycle ran out (ACC-8). */
    'account.lock_expired': {
      /** The lifecycle transitions applied. */
      readonly transitions: readonly JsonValue[];
    };
    /** The owner lifted the password lock with a code to a confirmed contact (S-7). */
    'auth.unlocked_by_owner': {
      /** The channel the code went by. */
      readonly channel: 'sms' | 'email';
      /** The address the owner unlocked from (now trusted for the account). */
      readonly ip: string;
      /** Failures cleared. */
      readonly failures: number;
      /** Whether the account was locked then. */
      readonly wasLocked: boolean;
      /** The lifecycle transitions, when a lock mirrored in the lifecycle went too. */
      readonly transitions: readonly JsonValue[];
    };
    /** An unlock code went to the account's confirmed contact (S-7). */
    'auth.unlock_code_sent': {
      /** The channel. */
      readonly channel: 'sms' | 'email';
      /** The address that asked. */
      readonly ip: string;
    };
    /** The password was changed (OTP-4). */
    'auth.password_changed': {
      /** How many other sessions ended with it. */
      readonly endedSessions: number;
    };
    /** Access was recovered after a support decision (ACC-9). */
    'auth.access_recovered': {
      /** The operator who started it. */
      readonly operator: string;
      /** How many sessions ended with it. */
      readonly endedSessions: number;
    };
    /** An authenticator-app enrolment started (OTP-6); no payload. */
    'auth.totp_enrollment_started': undefined;
    /** The authenticator app is enabled, with a new set of backup codes (OTP-6, S-6). */
    'auth.totp_enabled': {
      /** How many backup codes were issued. */
      readonly backupCodes: number;
    };
    /** A new set of backup codes replaced the old one (S-6). */
    'auth.backup_codes_regenerated': {
      /** How many. */
      readonly count: number;
    };
    /** The preferred second factor changed (OTP-6). */
    'auth.second_factor_set': {
      /** The method now preferred. */
      readonly method: 'sms' | 'email' | 'totp';
    };
  }
}
