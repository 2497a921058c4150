// The simulator on the wire in one provider's dialect: its object ids, its objects read back
// through the same mapping tables a real integration uses, and the callbacks it POSTs (signed
// for `acquirer` and `stripe`), kept in an outbox until the test takes them.
import { KabinetError, fail, issue, type Clock, type Result } from '@kabinet/core';
import { hmacSha256Hex } from '../../_lib/hmac.js';
import { kopecksToDecimal } from '../../money/kopecks-to-decimal.js';
import { mapAcquirerPayment } from '../../providers/map-acquirer-payment.js';
import { mapSbpOrder } from '../../providers/map-sbp-order.js';
import { mapStripePaymentIntent } from '../../providers/map-stripe-payment-intent.js';
import { mapYookassaPayment } from '../../providers/map-yookassa-payment.js';
import { parseAcquirerNotification } from '../../providers/parse-acquirer-notification.js';
import { parseSbpNotification } from '../../providers/parse-sbp-notification.js';
import { parseStripeEvent } from '../../providers/parse-stripe-event.js';
import { parseYookassaNotification } from '../../providers/parse-yookassa-notification.js';
import type {
  ProviderCallback,
  ProviderCallbackInput,
  ProviderPayment,
  ProviderRefund,
} from '../../providers/payment-provider.js';
import type { SimulatedDialect } from '../simulated-provider.js';
import { renderNative, stripeEventType, type SimObject } from './sim-render.js';
import type { PaymentsIssueCode } from '../../messages/payment-messages.js';

export interface SimWire {
  /** A new object id in the dialect's format. */
  nextId(): string;
  /** The object as the service sees it: rendered natively, then mapped back. */
  view(o: SimObject): ProviderPayment;
  /** Queues the callback of the object's current status (when the dialect sends one). */
  readonly emit: (o: SimObject) => void;
  /** Queues the callback of a finished refund. */
  emitRefund(o: SimObject, refund: ProviderRefund): void;
  /** Takes the queued callbacks, oldest first. */
  readonly takeCallbacks: () => ProviderCallbackInput[];
  /** Reads a callback as the dialect's parser does (with its signature check). */
  parseCallback(input: ProviderCallbackInput): Result<ProviderCallback, PaymentsIssueCode>;
}

function mapNative(
  dialect: SimulatedDialect,
  native: unknown,
): Result<ProviderPayment, PaymentsIssueCode> {
  switch (dialect) {
    case 'acquirer':
      return mapAcquirerPayment(native);
    case 'yookassa':
      return mapYookassaPayment(native);
    case 'stripe':
      return mapStripePaymentIntent(native);
    case 'sbp-sber':
      return mapSbpOrder('sber', native);
  }
}

function idOf(dialect: SimulatedDialect, sequence: number): string {
  switch (dialect) {
    case 'acquirer':
      return String(700_000 + sequence);
    case 'yookassa':
      return `2f${sequence.toString(16).padStart(6, '0')}-000f-5000-9000-${sequence.toString(16).padStart(12, '0')}`;
    case 'stripe':
      return `pi_sim${sequence.toString().padStart(6, '0')}`;
    case 'sbp-sber':
      return `ord_${sequence.toString().padStart(8, '0')}`;
  }
}

export function createSimWire(dialect: SimulatedDialect, secret: string, clock: Clock): SimWire {
  const outbox: ProviderCallbackInput[] = [];
  let sequence = 0;
  let events = 0;

  const sign = (body: string): Record<string, string> => {
    if (dialect === 'acquirer')
      return { 'content-type': 'application/json', 'x-signature': hmacSha256Hex(secret, body) };
    if (dialect === 'stripe') {
      const t = Math.floor(clock.now() / 1000);
      return {
        'content-type': 'application/json',
        'stripe-signature': `t=${t},v1=${hmacSha256Hex(secret, `${t}.${body}`)}`,
      };
    }
    return { 'content-type': 'application/json' };
  };
  const post = (body: string): void => {
    outbox.push({ body, headers: sign(body) });
  };
  const stripeEvent = (type: string, object: unknown): string => {
    events += 1;
    const id = `evt_sim${events.toString().padStart(6, '0')}`;
    return JSON.stringify({ id, object: 'event', type, data: { object } });
  };

  const emit = (o: SimObject): void => {
    const native = renderNative(dialect, o);
    if (dialect === 'yookassa') {
      const status = native['status'];
      if (status === 'waiting_for_capture' || status === 'succeeded' || status === 'canceled')
        post(JSON.stringify({ type: 'notification', event: `payment.${status}`, object: native }));
    } else if (dialect === 'stripe') post(stripeEvent(stripeEventType(o), native));
    else post(JSON.stringify(native));
  };

  return {
    nextId() {
      sequence += 1;
      return idOf(dialect, sequence);
    },
    view(o) {
      const mapped = mapNative(dialect, renderNative(dialect, o));
      if (!mapped.success)
        throw new KabinetError(
          'ERR_INTERNAL',
          `the simulator rendered an object its own table rejects: ${mapped.issues[0]?.code ?? ''}`,
        );
      return mapped.data;
    },
    emit,
    emitRefund(o, refund) {
      if (dialect === 'yookassa') {
        const object = {
          id: refund.providerRefundId,
          payment_id: o.id,
          status: 'succeeded',
          amount: { value: kopecksToDecimal(refund.amountKopecks), currency: 'RUB' },
          metadata: { refund_id: refund.refundId },
        };
        post(JSON.stringify({ type: 'notification', event: 'refund.succeeded', object }));
      } else if (dialect === 'stripe') {
        const object = {
          id: refund.providerRefundId,
          object: 'refund',
          payment_intent: o.id,
          amount: refund.amountKopecks,
          status: 'succeeded',
          metadata: { refund_id: refund.refundId },
        };
        post(stripeEvent('refund.updated', object));
      } else emit(o);
    },
    takeCallbacks() {
      return outbox.splice(0, outbox.length);
    },
    parseCallback(input) {
      switch (dialect) {
        case 'acquirer':
          return parseAcquirerNotification(input, { secret });
        case 'yookassa':
          return parseYookassaNotification(input);
        case 'stripe':
          return parseStripeEvent(input, { secret, now: clock.now() });
        case 'sbp-sber':
          return parseSbpNotification('sber', input);
        default:
          return fail(issue('payment.callback.malformed', []));
      }
    },
  };
}
