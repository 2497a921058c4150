// Renders the simulated provider's canonical objects in each provider's own vocabulary, so
// the simulator speaks through the same mapping tables a real integration uses. The inverse
// code tables pick, for each of our failure codes, one native code that maps back to it.
import type { AttemptStatus, FailureCode } from '@kabinet/ports';
import { kopecksToDecimal } from '../../money/kopecks-to-decimal.js';
import type { SimulatedDialect } from '../simulated-provider.js';

export interface SimObject {
  readonly id: string;
  readonly reference: string;
  readonly amount: number;
  readonly capture: 'automatic' | 'manual';
  status: AttemptStatus;
  captured: number;
  refunded: number;
  failureCode?: FailureCode;
  wasAuthorized: boolean;
  action?: { kind: 'three_ds' | 'redirect' | 'qr_scan'; url?: string; qrPayload?: string };
}

const ISO: Readonly<Record<FailureCode, string>> = {
  insufficient_funds: '51',
  invalid_details: '14',
  authentication_failed: '55',
  limit_exceeded: '61',
  method_restricted: '57',
  issuer_unavailable: '91',
  fraud_suspected: '59',
  expired: '05',
  declined_other: '05',
};

const YOOKASSA: Readonly<Record<FailureCode, string>> = {
  insufficient_funds: 'insufficient_funds',
  invalid_details: 'invalid_card_number',
  authentication_failed: '3d_secure_failed',
  limit_exceeded: 'payment_method_limit_exceeded',
  method_restricted: 'payment_method_restricted',
  issuer_unavailable: 'issuer_unavailable',
  fraud_suspected: 'fraud_suspected',
  expired: 'expired_on_confirmation',
  declined_other: 'general_decline',
};

const STRIPE: Readonly<Record<FailureCode, string>> = {
  insufficient_funds: 'insufficient_funds',
  invalid_details: 'incorrect_number',
  authentication_failed: 'authentication_required',
  limit_exceeded: 'card_velocity_exceeded',
  method_restricted: 'restricted_card',
  issuer_unavailable: 'issuer_not_available',
  fraud_suspected: 'fraudulent',
  expired: 'expired',
  declined_other: 'generic_decline',
};

function acquirer(o: SimObject): Record<string, unknown> {
  const code = o.failureCode ?? 'declined_other';
  const status: Record<AttemptStatus, string> = {
    created: 'NEW',
    requires_action: o.action?.kind === 'three_ds' ? '3DS_CHECKING' : 'FORM_SHOWED',
    processing: 'AUTHORIZING',
    authorized: 'AUTHORIZED',
    succeeded:
      o.refunded === 0 ? 'CONFIRMED' : o.refunded >= o.captured ? 'REFUNDED' : 'PARTIAL_REFUNDED',
    failed:
      code === 'expired'
        ? 'DEADLINE_EXPIRED'
        : code === 'authentication_failed'
          ? 'AUTH_FAIL'
          : 'REJECTED',
    canceled: o.wasAuthorized ? 'REVERSED' : 'CANCELED',
  };
  const url = o.action?.url ?? o.action?.qrPayload;
  return {
    PaymentId: o.id,
    OrderId: o.reference,
    Status: status[o.status],
    Amount: o.amount,
    ...(o.refunded > 0 ? { RefundedAmount: o.refunded } : {}),
    ...(o.status === 'failed' && status.failed === 'REJECTED' ? { ErrorCode: ISO[code] } : {}),
    ...(o.status === 'requires_action' && url !== undefined ? { PaymentURL: url } : {}),
    ...(o.status === 'requires_action' &&
    o.action?.kind === 'qr_scan' &&
    o.action.qrPayload !== undefined
      ? { QrPayload: o.action.qrPayload }
      : {}),
  };
}

function yookassa(o: SimObject): Record<string, unknown> {
  const amount = { value: kopecksToDecimal(o.amount), currency: 'RUB' };
  const base = {
    id: o.id,
    amount,
    metadata: { reference: o.reference },
    paid: o.status === 'authorized' || o.status === 'succeeded',
  };
  switch (o.status) {
    case 'created':
      return {
        ...base,
        status: 'pending',
        confirmation: { type: 'redirect', confirmation_url: `https://sim.example/pay/${o.id}` },
      };
    case 'requires_action':
      return {
        ...base,
        status: 'pending',
        confirmation:
          o.action?.qrPayload !== undefined
            ? { type: 'qr', confirmation_data: o.action.qrPayload }
            : {
                type: 'redirect',
                confirmation_url: o.action?.url ?? `https://sim.example/pay/${o.id}`,
              },
      };
    case 'processing':
      return { ...base, status: 'pending' };
    case 'authorized':
      return { ...base, status: 'waiting_for_capture' };
    case 'succeeded':
      return {
        ...base,
        status: 'succeeded',
        ...(o.refunded > 0
          ? { refunded_amount: { value: kopecksToDecimal(o.refunded), currency: 'RUB' } }
          : {}),
      };
    case 'failed':
      return {
        ...base,
        status: 'canceled',
        cancellation_details: {
          party: 'payment_network',
          reason: YOOKASSA[o.failureCode ?? 'declined_other'],
        },
      };
    case 'canceled':
      return {
        ...base,
        status: 'canceled',
        cancellation_details: { party: 'merchant', reason: 'canceled_by_merchant' },
      };
  }
}

function stripe(o: SimObject): Record<string, unknown> {
  const base = {
    id: o.id,
    object: 'payment_intent',
    amount: o.amount,
    currency: 'rub',
    metadata: { reference: o.reference },
    amount_received: o.status === 'succeeded' ? o.captured : 0,
  };
  switch (o.status) {
    case 'created':
      return { ...base, status: 'requires_payment_method' };
    case 'requires_action':
      return {
        ...base,
        status: 'requires_action',
        next_action: {
          type: 'redirect_to_url',
          redirect_to_url: { url: o.action?.url ?? `https://sim.example/3ds/${o.id}` },
        },
      };
    case 'processing':
      return { ...base, status: 'processing' };
    case 'authorized':
      return { ...base, status: 'requires_capture' };
    case 'succeeded':
      return { ...base, status: 'succeeded' };
    case 'failed':
      return o.failureCode === 'expired'
        ? { ...base, status: 'canceled', cancellation_reason: 'automatic' }
        : {
            ...base,
            status: 'requires_payment_method',
            last_payment_error: {
              code: 'card_declined',
              decline_code: STRIPE[o.failureCode ?? 'declined_other'],
            },
          };
    case 'canceled':
      return { ...base, status: 'canceled', cancellation_reason: 'requested_by_customer' };
  }
}

function sber(o: SimObject): Record<string, unknown> {
  const status: Record<AttemptStatus, string> = {
    created: 'CREATED',
    requires_action: 'CREATED',
    processing: 'ON_PAYMENT',
    authorized: 'ON_PAYMENT',
    succeeded: o.refunded > 0 && o.refunded >= o.captured ? 'REFUNDED' : 'PAID',
    failed: o.failureCode === 'expired' ? 'EXPIRED' : 'DECLINED',
    canceled: 'REVOKED',
  };
  const url = o.action?.qrPayload ?? o.action?.url;
  return {
    id: o.id,
    reference: o.reference,
    status: status[o.status],
    amount: kopecksToDecimal(o.amount),
    ...((o.status === 'requires_action' || o.status === 'created') && url !== undefined
      ? { qr_url: url }
      : {}),
  };
}

/** The object in the dialect's own vocabulary. */
export function renderNative(dialect: SimulatedDialect, o: SimObject): Record<string, unknown> {
  switch (dialect) {
    case 'acquirer':
      return acquirer(o);
    case 'yookassa':
      return yookassa(o);
    case 'stripe':
      return stripe(o);
    case 'sbp-sber':
      return sber(o);
  }
}

/** The Stripe event type announcing an object's new status. */
export function stripeEventType(o: SimObject): string {
  switch (o.status) {
    case 'created':
      return 'payment_intent.created';
    case 'requires_action':
      return 'payment_intent.requires_action';
    case 'processing':
      return 'payment_intent.processing';
    case 'authorized':
      return 'payment_intent.amount_capturable_updated';
    case 'succeeded':
      return 'payment_intent.succeeded';
    case 'failed':
      return o.failureCode === 'expired'
        ? 'payment_intent.canceled'
        : 'payment_intent.payment_failed';
    case 'canceled':
      return 'payment_intent.canceled';
  }
}
