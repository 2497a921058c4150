/**
 * Who did something or what it was about, as the audit journal names parties: a short type
 * (`account`, `provider`, `support`, `system`) and an opaque id (never a phone or e-mail: S-12).
 *
 * @example
 * ```ts
 * const actor: PaymentJournalParty = { type: 'provider', id: 'yookassa' };
 * ```
 */
export interface PaymentJournalParty {
  /** Party type. */
  readonly type: string;
  /** Opaque id. */
  readonly id: string;
}

/**
 * A JSON value of a journal payload.
 *
 * @example
 * ```ts
 * const v: PaymentJournalValue = { from: 'processing', to: 'paid' };
 * ```
 */
export type PaymentJournalValue =
  | string
  | number
  | boolean
  | null
  | readonly PaymentJournalValue[]
  | { readonly [key: string]: PaymentJournalValue };

/**
 * Every action the payments service journals (AUD-1): each state change, each rejected or
 * ignored event, and what support needs to trace a payment.
 *
 * @example
 * ```ts
 * const action: PaymentJournalAction = 'payment.status_changed';
 * ```
 */
export type PaymentJournalAction =
  | 'payment.created'
  | 'payment.charge_issued'
  | 'payment.status_changed'
  | 'payment.transition_rejected'
  | 'payment.attempt_started'
  | 'payment.attempt_status_changed'
  | 'payment.attempt_superseded'
  | 'payment.observation_ignored'
  | 'payment.provider_conflict'
  | 'payment.amount_mismatch'
  | 'payment.review_required'
  | 'payment.provider_refund_mismatch'
  | 'payment.check_started'
  | 'payment.check_failed'
  | 'payment.method_bound'
  | 'payment.method_verified'
  | 'payment.method_removed'
  | 'payment.capture_requested'
  | 'payment.canceled'
  | 'payment.refund_requested'
  | 'payment.refund_succeeded'
  | 'payment.refund_failed'
  | 'payment.refund_unknown'
  | 'payment.quittance_received'
  | 'payment.callback_rejected';

/**
 * One journal entry as the payments service writes it: the shape `@kabinet/audit`'s
 * `append({ actor, action, subject, payload })` takes. The subject is the paying account (so
 * the account's history shows its payments: AUD-2); payloads carry ids, statuses, amounts and
 * masked labels only.
 *
 * @example
 * ```ts
 * const event: PaymentJournalEvent = {
 *   actor: { type: 'account', id: 'acc_1' }, action: 'payment.created', subject: { type: 'account', id: 'acc_1' },
 *   payload: { paymentId: 'pay_1', amountKopecks: 350000 },
 * };
 * ```
 */
export interface PaymentJournalEvent {
  /** Who did it. */
  readonly actor: PaymentJournalParty;
  /** What happened. */
  readonly action: PaymentJournalAction;
  /** What it was about (the account; the provider for a rejected callback). */
  readonly subject: PaymentJournalParty;
  /** Details. */
  readonly payload?: Readonly<Record<string, PaymentJournalValue>>;
}

/**
 * Where the payments service journals every change. The audit journal of `@kabinet/audit`
 * satisfies it structurally; tests can collect events in an array.
 *
 * @example
 * ```ts
 * const events: PaymentJournalEvent[] = [];
 * const journal: PaymentJournal = { append: async (e) => { events.push(e); } };
 * ```
 */
export interface PaymentJournal {
  /** Appends one event; a rejection is an infrastructure fault and propagates. */
  append(event: PaymentJournalEvent): Promise<unknown>;
}
