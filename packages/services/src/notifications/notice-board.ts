import type { JournaledUnit } from '@kabinet/audit/units';

/** What a notice is about, so the centre can link to it. */
export interface NoticeSubject {
  /** `application`, `appointment`, `support_request`, `payment`, `account`. */
  readonly type: string;
  /** The id of that thing. */
  readonly id: string;
}

/** The kinds of event a user chooses channels for (NOTE-1). */
export type NoticeKind = 'application' | 'appointment' | 'payment' | 'support' | 'security';

/**
 * An official message to put in a user's notification centre (NOTE-2) and announce on the
 * channels the user chose (NOTE-1). The text comes from the message catalogue by `code`, in the
 * reader's language, with `params`.
 */
export interface NoticeDraft {
  /** Whose centre it goes to. */
  readonly accountId: string;
  /** The kind, which decides the channels by the user's preferences. */
  readonly kind: NoticeKind;
  /** The catalogue code of its title and text (`notice.application.submitted`, …). */
  readonly code: string;
  /** Values for the message's placeholders. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** What it is about. */
  readonly subject?: NoticeSubject;
  /** Security-critical: goes out on at least one channel whatever the preferences. */
  readonly critical?: boolean;
  /**
   * Already announced on the channels by whoever posts it (the account's own security notices go
   * to the contacts directly, the old one included, S-11): the centre keeps it, no delivery is
   * written.
   */
  readonly announced?: boolean;
  /** Not before this time (epoch ms): a reminder. Omit to post now. */
  readonly notBefore?: number;
  /**
   * A key that names a pending reminder (`appointment:apt_1:reminder`): posting again with the
   * same key replaces the pending one, and {@link NoticeBoard.cancel} withdraws it.
   */
  readonly key?: string;
}

/**
 * Where the services post notices: inside the caller's journaled unit, so on PostgreSQL the
 * notice commits with the state change it announces, or not at all.
 *
 * @example
 * ```ts
 * await units.run(async (unit) => {
 *   await unit.versioned('applications').update(next, current.version);
 *   await notices.post(unit, { accountId, kind: 'application', code: 'notice.application.submitted', params: { number }, subject: { type: 'application', id } });
 * });
 * ```
 */
export interface NoticeBoard {
  /** Stores the notice (and its deliveries) in the unit. */
  post(unit: JournaledUnit, draft: NoticeDraft): Promise<void>;
  /** Withdraws a pending reminder by its key; `false` when none was pending. */
  cancel(unit: JournaledUnit, accountId: string, key: string): Promise<boolean>;
}
