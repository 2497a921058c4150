import type { AccountLevel } from '@kabinet/ports';

/** The payload of ending sessions. */
interface SessionsEndedPayload {
  /** How many sessions ended. */
  readonly sessions: number;
}

/** The payload of an event about one session. */
interface SessionPayload {
  /** The session. */
  readonly sessionId: string;
}

// The journal actions of sessions, with their payloads: `journalDraft`, a literal
// `JournalDraft` and `journal.append` check entries against them.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** The current session logged out. */
    'session.logged_out': SessionsEndedPayload;
    /** The holder ended one of their sessions. */
    'session.ended': SessionsEndedPayload;
    /** The holder ended all their other sessions. */
    'session.others_ended': SessionsEndedPayload;
    /** A spent refresh token was presented again: the session was revoked (S-4). */
    'session.refresh_reused': SessionPayload;
    /** A refresh rotated the session. */
    'session.rotated': {
      /** The old session. */
      readonly from: string;
      /** The new session. */
      readonly to: string;
      /** The account's level. */
      readonly level: AccountLevel;
    };
    /** A re-authentication failed on the password. */
    'session.reauth_failed': SessionPayload;
    /** The session was re-authenticated. */
    'session.reauthenticated': SessionPayload;
  }
}
