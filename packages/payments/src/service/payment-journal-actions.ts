import type { PaymentJournalValue } from './payment-journal.js';

/** A payload about one payment. */
type PaymentPayload = {
  /** The payment. */
  readonly paymentId: string;
};

/** A payload about one attempt of a payment. */
type AttemptPayload = PaymentPayload & {
  /** The attempt. */
  readonly attemptId: string;
};

/** A payload about a refund. */
type RefundPayload = PaymentPayload & {
  /** The refund (unknown when a provider's callback names none of ours). */
  readonly refundId?: string;
  /** Its amount. */
  readonly amountKopecks: number;
};

/** A payload of a provider's observation the attempt did not follow. */
type DoubtedObservationPayload = AttemptPayload & {
  /** The attempt's status. */
  readonly current: string;
  /** The status observed. */
  readonly observed: string;
  /** The provider's status now. */
  readonly providerNow: string;
};

// The journal actions of the payments service (AUD-1; `PaymentJournalAction`), with their
// payloads as `record` and `PaymentUnit.record` write them (an optional field given as
// `undefined` is dropped): every entry is checked against them at compile time. Type literals,
// not interfaces, so each is a `PaymentJournalEvent` payload too.
declare module '@kabinet/audit' {
  interface JournalActionCatalogue {
    /** A payment was created for a charge. */
    'payment.created': PaymentPayload & {
      readonly transactionNumber: string;
      readonly uin: string;
      readonly serviceType: string;
      readonly amountKopecks: number;
    };
    /** A charge was issued for a duty. */
    'payment.charge_issued': {
      readonly uin: string;
      readonly dutyCode: string;
      readonly serviceType: string;
      readonly amountKopecks: number;
    };
    /** The payment's status changed. */
    'payment.status_changed': PaymentPayload & {
      readonly transactionNumber: string;
      readonly from: string;
      readonly to: string;
      readonly event: string;
      readonly failureCode?: string;
    };
    /** The payment's table refused a status change. */
    'payment.transition_rejected': PaymentPayload & {
      readonly from: string;
      readonly to: string;
    };
    /** An attempt started. */
    'payment.attempt_started': AttemptPayload & {
      readonly sequence: number;
      readonly methodKind: string;
      readonly methodId?: string;
    };
    /** An attempt's status changed. */
    'payment.attempt_status_changed': AttemptPayload & {
      readonly from: string;
      readonly to: string;
      readonly providerStatus?: string;
      readonly failureCode?: string;
      readonly providerCode?: string;
      readonly verified?: boolean;
    };
    /** A new attempt replaced an active one. */
    'payment.attempt_superseded': AttemptPayload & {
      readonly status: string;
    };
    /** An observation that would move the attempt back was ignored. */
    'payment.observation_ignored': DoubtedObservationPayload;
    /** The provider reported a status that conflicts with the attempt's. */
    'payment.provider_conflict': DoubtedObservationPayload;
    /** The provider reported another amount than the attempt's. */
    'payment.amount_mismatch': AttemptPayload & {
      readonly expectedKopecks?: number;
      readonly reportedKopecks?: number;
    };
    /** The attempt waits for a person's review. */
    'payment.review_required': AttemptPayload & {
      readonly reason: string;
      readonly expectedKopecks?: number;
      readonly reportedKopecks?: number;
      readonly currency?: string;
      readonly providerStatus?: string;
      readonly attemptStatus: string;
      readonly verified?: boolean;
    };
    /** The provider's refunds differ from the recorded ones. */
    'payment.provider_refund_mismatch': PaymentPayload & {
      readonly reportedKopecks: number;
      readonly recordedKopecks: number;
    };
    /** A payment method's check started with an attempt. */
    'payment.check_started': AttemptPayload & {
      readonly methodId: string;
      readonly check: PaymentJournalValue;
    };
    /** A payment method's check failed. */
    'payment.check_failed': AttemptPayload & {
      readonly methodId: string;
      readonly reason: string;
    };
    /** A payment method was bound (a masked label only). */
    'payment.method_bound': {
      readonly methodId: string;
      readonly kind: string;
      readonly label: string;
      readonly check?: PaymentJournalValue;
    };
    /** A payment method passed its check. */
    'payment.method_verified': {
      readonly methodId: string;
      readonly check?: PaymentJournalValue;
      readonly attemptId: string;
    };
    /** A payment method was removed. */
    'payment.method_removed': {
      readonly methodId: string;
      readonly kind: string;
      readonly label: string;
    };
    /** A held amount's capture was asked for. */
    'payment.capture_requested': AttemptPayload & {
      readonly amountKopecks: number;
      readonly captureKey?: string;
    };
    /** The payment was canceled. */
    'payment.canceled': PaymentPayload & {
      readonly transactionNumber: string;
      readonly reason: string;
    };
    /** A refund was asked for. */
    'payment.refund_requested': RefundPayload;
    /** A refund succeeded. */
    'payment.refund_succeeded': RefundPayload;
    /** A refund failed. */
    'payment.refund_failed': RefundPayload;
    /** The provider reported a refund the payment does not know. */
    'payment.refund_unknown': PaymentPayload & {
      readonly providerRefundId: string;
      readonly amountKopecks: number;
    };
    /** GIS GMP's quittance for the payment arrived. */
    'payment.quittance_received': PaymentPayload & {
      readonly uin: string;
      readonly acknowledgment: number;
      readonly paidKopecks?: number;
      readonly status: string;
    };
    /** A provider callback was rejected (subject: the provider). */
    'payment.callback_rejected': {
      readonly reason: string;
    };
  }
}
