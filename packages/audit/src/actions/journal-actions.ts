import type { JsonValue } from '../entry/json-value.js';

/** Which contact a contact event is about. */
export type ContactKind = 'phone' | 'email';

/** Payload of `contact.changed` (CONTACT-5): the contact before and after, kept encrypted beside the chain. */
export interface ContactChangedPayload {
  /** Which contact changed. */
  readonly kind: ContactKind;
  /** The previous value, `null` when the contact is set for the first time. */
  readonly before: string | null;
  /** The new value. */
  readonly after: string;
}

/** Payload of `contact.restored` (CONTACT-5): a restore of an earlier version, appended as a new event. */
export interface ContactRestoredPayload extends ContactChangedPayload {
  /** The `seq` of the version that was restored. */
  readonly fromSeq: number;
}

/** Payload of login events (AUD-2, ACC-11): the IP address is personal-ish data, so it stays out of the chain. */
export interface LoginPayload {
  /** The client's IP address. */
  readonly ip: string;
  /** The client's User-Agent header, if any. */
  readonly userAgent?: string;
  /** E.g. `password`, `password+otp`, `esia`. */
  readonly method?: string;
  /**
   * Why a login failed, as a stable code (never the password): the lockout outcome
   * (`wrong_password`, `locked`, or the client's own limit `ip_capped`, `ip_delayed`, `busy`,
   * `delayed`), `ip_blocked`, `account_<lifecycle>`, `code_<verdict>` for a second factor, or
   * `password_change_wrong_current`. Entries written before the one outcome vocabulary say
   * `wrong` for `wrong_password`.
   */
  readonly reason?: string;
}

/**
 * Payload of `account.login.second_factor_requested` (OTP-6): the password was right and the
 * login waits for its second factor.
 */
export interface SecondFactorRequestedPayload {
  /** The factors the login can be finished with (`totp`, `sms`, `email`, `backup_code`). */
  readonly methods: readonly string[];
  /** The account's preferred method. */
  readonly preferred: string;
  /** Whether the password's hash was replaced by a stronger one (S-2). */
  readonly rehashed: boolean;
  /** Why no code went to the preferred SMS or e-mail (the send limit's issue code), if none did. */
  readonly codeNotSent?: string;
}

/** Payload of `account.login.code_sent` (OTP-6, S-5): a pending login's code was (re)sent. */
export interface LoginCodeSentPayload {
  /** The channel it went by. */
  readonly channel: 'sms' | 'email';
}

/** Payload of `account.ip.blocked` (ACC-11): the user blocked an unknown IP address. */
export interface IpBlockedPayload {
  /** The blocked IP address. */
  readonly ip: string;
}

/**
 * Payload of `journal.keys.rewrapped` (S-12): the counts of one `rewrapSubjectKeys` run after
 * a rotation of the `journal-payload` secret. No personal data and no subject ids.
 */
export interface KeysRewrappedPayload {
  /** `kid` of the `journal-payload` secret the data keys were re-wrapped with. */
  readonly wrapKid: string;
  /** Data keys re-wrapped by this run. */
  readonly rewrapped: number;
  /** Data keys found already wrapped by `wrapKid` (another run got there first). */
  readonly skipped: number;
  /** Data keys erased (crypto-shredded) while the run went on: nothing to re-wrap. */
  readonly erased: number;
  /** Data keys that could not be unwrapped (secret gone or blob altered) and were left as they are. */
  readonly unreadable: number;
  /** Whether the run reached the last key (it returned no `nextCursor`). */
  readonly complete: boolean;
}

/**
 * The typed catalogue of journal actions: action name → payload type. Other packages extend
 * it by declaration merging, so their actions and payloads are checked at compile time too:
 *
 * ```ts
 * declare module '@kabinet/audit' {
 *   interface JournalActionCatalogue {
 *     'payment.attempt.started': { paymentId: string; method: string };
 *   }
 * }
 * ```
 *
 * `undefined` means the action carries no payload.
 */
export interface JournalActionCatalogue {
  /** A confirmed change of the phone or e-mail (CONTACT-5). */
  'contact.changed': ContactChangedPayload;
  /** An earlier contact version restored from the change history (CONTACT-5). */
  'contact.restored': ContactRestoredPayload;
  /** A successful login (AUD-2, ACC-11). */
  'account.login.succeeded': LoginPayload;
  /** A failed login attempt (AUD-2, ACC-11). */
  'account.login.failed': LoginPayload;
  /** A right password; the login waits for its second factor (OTP-6). */
  'account.login.second_factor_requested': SecondFactorRequestedPayload;
  /** A pending login's code was (re)sent (OTP-6, S-5). */
  'account.login.code_sent': LoginCodeSentPayload;
  /** The user blocked an unknown IP address (ACC-11). */
  'account.ip.blocked': IpBlockedPayload;
  /** A subject's payloads were crypto-shredded (S-12); no payload. */
  'journal.subject.erased': undefined;
  /** Subjects' data keys were re-wrapped by the current `journal-payload` secret (S-12). */
  'journal.keys.rewrapped': KeysRewrappedPayload;
}

/** An action named in the {@link JournalActionCatalogue}. */
export type KnownJournalAction = keyof JournalActionCatalogue;

/**
 * Any action name: the catalogue's names (autocompleted) or any other dot-namespaced string.
 *
 * @useDeclaredType
 */
export type JournalAction = KnownJournalAction | (string & {});

/** The payload type of an action: the catalogue's type for a known action, any JSON otherwise. */
export type JournalPayloadOf<A extends string> = A extends KnownJournalAction
  ? JournalActionCatalogue[A]
  : JsonValue;

/**
 * The actions `@kabinet/audit` itself defines and folds (contact history, login log, erasure,
 * data-key re-wrapping).
 *
 * @example
 * ```ts
 * JOURNAL_ACTIONS.includes('contact.changed'); // true
 * ```
 */
export const JOURNAL_ACTIONS: readonly KnownJournalAction[] = [
  'contact.changed',
  'contact.restored',
  'account.login.succeeded',
  'account.login.failed',
  'account.login.second_factor_requested',
  'account.login.code_sent',
  'account.ip.blocked',
  'journal.subject.erased',
  'journal.keys.rewrapped',
];

/**
 * Actions renamed since entries were first written, old name → current name. Entries are
 * hash-chained and never rewritten, so a journal keeps the old names it holds: a reader that
 * filters or labels by action reads both (the login flow is `account.login.*` throughout; its
 * second-factor steps were once journaled as `auth.*`).
 *
 * @example
 * ```ts
 * const action = RENAMED_JOURNAL_ACTIONS[entry.action] ?? entry.action;
 * ```
 */
export const RENAMED_JOURNAL_ACTIONS: Readonly<Record<string, KnownJournalAction>> = {
  'auth.second_factor_requested': 'account.login.second_factor_requested',
  'auth.login_code_sent': 'account.login.code_sent',
};
