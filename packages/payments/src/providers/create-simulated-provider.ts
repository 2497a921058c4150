import { createHash } from 'node:crypto';
import {
  KabinetError,
  cryptoRandom,
  fail,
  issue,
  maskPhone,
  type Clock,
  type Random,
  type Result,
} from '@kabinet/core';
import type { AttemptStatus, CardNetwork, FailureCode, PaymentMethodKind } from '@kabinet/ports';
import { hmacSha256Hex } from '../_lib/hmac.js';
import { renderNative, stripeEventType, type SimObject } from '../_lib/sim-render.js';
import { kopecksToDecimal } from '../money/kopecks-to-decimal.js';
import { mapAcquirerPayment } from './map-acquirer-payment.js';
import { mapSbpOrder } from './map-sbp-order.js';
import { mapStripePaymentIntent } from './map-stripe-payment-intent.js';
import { mapYookassaPayment } from './map-yookassa-payment.js';
import { parseAcquirerNotification } from './parse-acquirer-notification.js';
import { parseSbpNotification } from './parse-sbp-notification.js';
import { parseStripeEvent } from './parse-stripe-event.js';
import { parseYookassaNotification } from './parse-yookassa-notification.js';
import type {
  PaymentProvider,
  ProviderCallback,
  ProviderCallbackInput,
  ProviderPayment,
  ProviderRefund,
} from './payment-provider.js';

/**
 * Whose vocabulary the simulator speaks (objects, callbacks, signatures): a generic card
 * acquirer (HMAC-signed, ISO 8583 codes), YooKassa (unsigned, re-read on every callback),
 * Stripe (signed events with ids), or SBP through Sber (single-stage, unsigned).
 *
 * @example
 * ```ts
 * const dialect: SimulatedDialect = 'yookassa';
 * ```
 */
export type SimulatedDialect = 'acquirer' | 'yookassa' | 'stripe' | 'sbp-sber';

/**
 * What the simulated bank does with the next confirmed payment: `succeed`, stay `pending`
 * (processing until {@link SimulatedProvider.settle}), `require_action` (3-D Secure or the
 * bank app: waits for {@link SimulatedProvider.completeAction}), or fail with one of our
 * failure codes (rendered as the dialect's native code).
 *
 * @example
 * ```ts
 * provider.queueOutcome({ fail: 'insufficient_funds' }, 'succeed');
 * ```
 */
export type SimulatedOutcome =
  | 'succeed'
  | 'pending'
  | 'require_action'
  | {
      /** Decline with this reason. */
      readonly fail: FailureCode;
    };

/**
 * The provider calls the simulator can be told to fail (see {@link SimulatedProvider.failNextCall}).
 *
 * @example
 * ```ts
 * const op: SimulatedOperation = 'confirm';
 * ```
 */
export type SimulatedOperation =
  'create' | 'confirm' | 'capture' | 'cancel' | 'refund' | 'getStatus';

/**
 * Options of {@link createSimulatedProvider}.
 *
 * @example
 * ```ts
 * createSimulatedProvider({ clock, id: 'sim', dialect: 'stripe', secret: 'whsec_demo' });
 * ```
 */
export interface SimulatedProviderOptions {
  /** Time source (signature timestamps). */
  readonly clock: Clock;
  /** Provider id (default `sim`). */
  readonly id?: string;
  /** Vocabulary (default `acquirer`). */
  readonly dialect?: SimulatedDialect;
  /**
   * Secret that signs `acquirer` and `stripe` callbacks. Default: 32 random bytes drawn once
   * per provider (there is no constant secret in the source, so nobody can forge a callback).
   */
  readonly secret?: string;
  /** Where the default secret's bytes come from (default: the CSPRNG). */
  readonly random?: Random;
}

/**
 * A bound instrument as a provider's payment form would return it: a reusable token, a
 * stable fingerprint and a masked label (never the number itself).
 *
 * @example
 * ```ts
 * const t: SimulatedToken = { token: 'tok_1', fingerprint: 'fp_…', label: 'Visa •••• 4242', kind: 'card', network: 'visa' };
 * ```
 */
export interface SimulatedToken {
  /** Reusable token to bind. */
  readonly token: string;
  /** Stable fingerprint of the instrument. */
  readonly fingerprint: string;
  /** Masked label. */
  readonly label: string;
  /** The method kind. */
  readonly kind: Exclude<PaymentMethodKind, 'qr'>;
  /** Card network, for cards. */
  readonly network?: CardNetwork;
}

/**
 * A deterministic {@link PaymentProvider} for tests, demos and the walkthrough, with controls
 * a real provider does not have.
 *
 * @example
 * ```ts
 * const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
 * provider.setBalance(card.token, 0); // the next payment fails with insufficient funds
 * ```
 */
export interface SimulatedProvider extends PaymentProvider {
  /** The vocabulary spoken. */
  readonly dialect: SimulatedDialect;
  /** Every call made, in order (to assert "captured once"). */
  readonly calls: readonly {
    /** The call. */
    readonly operation: SimulatedOperation;
    /** The object it was about. */
    readonly providerPaymentId?: string;
    /** Its idempotency key. */
    readonly idempotencyKey?: string;
  }[];
  /** Tokenises an instrument as the provider's payment form would. */
  tokenize(
    instrument:
      | { readonly kind: 'card'; readonly number: string; readonly network?: CardNetwork }
      | { readonly kind: 'wallet'; readonly wallet: string }
      | { readonly kind: 'sbp'; readonly phone: string }
      | { readonly kind: 'direct_debit'; readonly account: string },
  ): SimulatedToken;
  /** Gives a token a balance in kopecks: a payment above it fails with `insufficient_funds`. */
  setBalance(token: string, kopecks: number): void;
  /** Queues outcomes for the next confirmations (default `succeed`). */
  queueOutcome(...outcomes: SimulatedOutcome[]): void;
  /** The payer finishes the step an object waits for (scans the QR, passes 3-D Secure, confirms in the bank app). */
  completeAction(providerPaymentId: string, decision?: 'approve' | 'decline'): void;
  /** Finishes a `pending` payment with an outcome (default `succeed`). */
  settle(providerPaymentId: string, outcome?: SimulatedOutcome): void;
  /** Makes the next call of an operation fail with `ERR_PROVIDER_UNAVAILABLE`, before or after its effect. */
  failNextCall(operation: SimulatedOperation, when?: 'before' | 'after'): void;
  /** Takes the callbacks emitted so far (raw, as the provider would POST them), oldest first. */
  takeCallbacks(): ProviderCallbackInput[];
  /** The object in the provider's own vocabulary. */
  native(providerPaymentId: string): Record<string, unknown>;
}

interface SimState extends SimObject {
  token?: string;
  waiting?: SimulatedOutcome;
}

function detectNetwork(number: string): CardNetwork {
  if (/^220[0-4]/.test(number)) return 'mir';
  if (/^62/.test(number)) return 'unionpay';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  return 'visa';
}

const NETWORK_NAMES: Readonly<Record<CardNetwork, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  mir: 'Мир',
};

/**
 * Creates a deterministic simulated provider speaking one provider's vocabulary. Confirmed
 * payments succeed unless an outcome is queued or the token's balance is too low; SBP
 * without a bound token and QR payments wait for the payer to scan
 * ({@link SimulatedProvider.completeAction}); manual capture holds funds until `capture`.
 * Every status change emits a callback in the dialect's format (signed for `acquirer` and
 * `stripe`) that {@link SimulatedProvider.takeCallbacks} hands to the service. Idempotency is
 * Stripe's: a key replays its first response, and a key reused with other parameters throws
 * `ERR_PROVIDER_IDEMPOTENCY`.
 *
 * @param options - clock, id, dialect, signing secret
 * @returns the simulated provider
 * @example
 * ```ts
 * const provider = createSimulatedProvider({ clock, dialect: 'acquirer' });
 * const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
 * provider.queueOutcome({ fail: 'insufficient_funds' }); // first try fails, the retry succeeds
 * ```
 */
export function createSimulatedProvider(options: SimulatedProviderOptions): SimulatedProvider {
  const id = options.id ?? 'sim';
  const dialect: SimulatedDialect = options.dialect ?? 'acquirer';
  if (
    options.secret !== undefined &&
    (typeof options.secret !== 'string' || options.secret.length < 16)
  ) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'createSimulatedProvider: secret must be a string of at least 16 characters',
    );
  }
  const secret =
    options.secret ?? Buffer.from((options.random ?? cryptoRandom).bytes(32)).toString('base64url');
  const objects = new Map<string, SimState>();
  const keys = new Map<string, { fingerprint: string; response: unknown }>();
  const balances = new Map<string, number>();
  const outcomes: SimulatedOutcome[] = [];
  const failures: { operation: SimulatedOperation; when: 'before' | 'after' }[] = [];
  const outbox: ProviderCallbackInput[] = [];
  const refunds = new Map<string, ProviderRefund>();
  const calls: {
    operation: SimulatedOperation;
    providerPaymentId?: string;
    idempotencyKey?: string;
  }[] = [];
  let sequence = 0;
  let events = 0;

  const nextId = (): string => {
    sequence += 1;
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
  };

  const mapNative = (native: unknown): ProviderPayment => {
    let mapped: Result<ProviderPayment>;
    switch (dialect) {
      case 'acquirer':
        mapped = mapAcquirerPayment(native);
        break;
      case 'yookassa':
        mapped = mapYookassaPayment(native);
        break;
      case 'stripe':
        mapped = mapStripePaymentIntent(native);
        break;
      case 'sbp-sber':
        mapped = mapSbpOrder('sber', native);
        break;
    }
    if (!mapped.success)
      throw new KabinetError(
        'ERR_INTERNAL',
        `the simulator rendered an object its own table rejects: ${mapped.issues[0]?.code ?? ''}`,
      );
    return mapped.data;
  };

  const view = (o: SimState): ProviderPayment => mapNative(renderNative(dialect, o));

  const sign = (body: string): Record<string, string> => {
    if (dialect === 'acquirer')
      return { 'content-type': 'application/json', 'x-signature': hmacSha256Hex(secret, body) };
    if (dialect === 'stripe') {
      const t = Math.floor(options.clock.now() / 1000);
      return {
        'content-type': 'application/json',
        'stripe-signature': `t=${t},v1=${hmacSha256Hex(secret, `${t}.${body}`)}`,
      };
    }
    return { 'content-type': 'application/json' };
  };

  const emit = (o: SimState): void => {
    const native = renderNative(dialect, o);
    let body: string | undefined;
    if (dialect === 'yookassa') {
      const status = native['status'];
      if (status === 'waiting_for_capture' || status === 'succeeded' || status === 'canceled') {
        body = JSON.stringify({ type: 'notification', event: `payment.${status}`, object: native });
      }
    } else if (dialect === 'stripe') {
      events += 1;
      body = JSON.stringify({
        id: `evt_sim${events.toString().padStart(6, '0')}`,
        object: 'event',
        type: stripeEventType(o),
        data: { object: native },
      });
    } else {
      body = JSON.stringify(native);
    }
    if (body !== undefined) outbox.push({ body, headers: sign(body) });
  };

  const emitRefund = (o: SimState, refund: ProviderRefund): void => {
    if (dialect === 'yookassa') {
      const body = JSON.stringify({
        type: 'notification',
        event: 'refund.succeeded',
        object: {
          id: refund.providerRefundId,
          payment_id: o.id,
          status: 'succeeded',
          amount: { value: kopecksToDecimal(refund.amountKopecks), currency: 'RUB' },
          metadata: { refund_id: refund.refundId },
        },
      });
      outbox.push({ body, headers: sign(body) });
    } else if (dialect === 'stripe') {
      events += 1;
      const body = JSON.stringify({
        id: `evt_sim${events.toString().padStart(6, '0')}`,
        object: 'event',
        type: 'refund.updated',
        data: {
          object: {
            id: refund.providerRefundId,
            object: 'refund',
            payment_intent: o.id,
            amount: refund.amountKopecks,
            status: 'succeeded',
            metadata: { refund_id: refund.refundId },
          },
        },
      });
      outbox.push({ body, headers: sign(body) });
    } else {
      emit(o);
    }
  };

  const move = (o: SimState, status: AttemptStatus): void => {
    if (o.status === status) return;
    o.status = status;
    if (status === 'authorized') o.wasAuthorized = true;
    if (status !== 'requires_action') delete o.action;
    emit(o);
  };

  const finish = (o: SimState, outcome: SimulatedOutcome): void => {
    if (outcome === 'pending') {
      move(o, 'processing');
      return;
    }
    if (outcome === 'require_action') {
      o.action = { kind: 'three_ds', url: `https://sim.example/3ds/${o.id}` };
      o.waiting = 'succeed';
      move(o, 'requires_action');
      return;
    }
    move(o, 'processing');
    if (typeof outcome === 'object') {
      o.failureCode = outcome.fail;
      move(o, 'failed');
      return;
    }
    const balance = o.token === undefined ? undefined : balances.get(o.token);
    if (balance !== undefined && balance < o.amount) {
      o.failureCode = 'insufficient_funds';
      move(o, 'failed');
      return;
    }
    if (balance !== undefined && o.token !== undefined) balances.set(o.token, balance - o.amount);
    if (o.capture === 'manual' && dialect !== 'sbp-sber') {
      move(o, 'authorized');
      return;
    }
    o.captured = o.amount;
    move(o, 'succeeded');
  };

  const object = (providerPaymentId: string): SimState => {
    const o = objects.get(providerPaymentId);
    if (o === undefined)
      throw new KabinetError('ERR_NOT_FOUND', `no simulated payment ${providerPaymentId}`);
    return o;
  };

  /** Logs the call, applies injected failures and Stripe-style idempotency around `effect`. */
  const call = <T>(
    operation: SimulatedOperation,
    key: string | undefined,
    params: unknown,
    providerPaymentId: string | undefined,
    effect: () => T,
  ): T => {
    calls.push({
      operation,
      ...(providerPaymentId === undefined ? {} : { providerPaymentId }),
      ...(key === undefined ? {} : { idempotencyKey: key }),
    });
    const index = failures.findIndex((f) => f.operation === operation);
    const failure = index === -1 ? undefined : failures.splice(index, 1)[0];
    if (failure?.when === 'before')
      throw new KabinetError('ERR_PROVIDER_UNAVAILABLE', `simulated ${operation} failure`);
    let response: T;
    if (key !== undefined) {
      const fingerprint = JSON.stringify([operation, params]);
      const seen = keys.get(key);
      if (seen !== undefined) {
        if (seen.fingerprint !== fingerprint)
          throw new KabinetError(
            'ERR_PROVIDER_IDEMPOTENCY',
            `idempotency key ${key} reused with other parameters`,
          );
        response = structuredClone(seen.response) as T;
      } else {
        response = effect();
        keys.set(key, { fingerprint, response: structuredClone(response) });
      }
    } else {
      response = effect();
    }
    if (failure?.when === 'after')
      throw new KabinetError(
        'ERR_PROVIDER_UNAVAILABLE',
        `simulated ${operation} failure after its effect`,
      );
    return response;
  };

  return {
    id,
    dialect,
    calls,
    async create(request) {
      return call(
        'create',
        request.idempotencyKey,
        { ...request, idempotencyKey: undefined },
        undefined,
        () => {
          if (!Number.isSafeInteger(request.amountKopecks) || request.amountKopecks <= 0)
            throw new KabinetError('ERR_INVALID_ARGUMENT', 'amount must be positive kopecks');
          const o: SimState = {
            id: nextId(),
            reference: request.reference,
            amount: request.amountKopecks,
            capture: request.capture,
            status: 'created',
            captured: 0,
            refunded: 0,
            wasAuthorized: false,
          };
          objects.set(o.id, o);
          emit(o);
          return view(o);
        },
      );
    },
    async confirm(request) {
      return call(
        'confirm',
        request.idempotencyKey,
        { id: request.providerPaymentId, method: request.method },
        request.providerPaymentId,
        () => {
          const o = object(request.providerPaymentId);
          if (o.status !== 'created') return view(o);
          if (request.method.token !== undefined) o.token = request.method.token;
          if (
            request.method.kind === 'qr' ||
            (request.method.kind === 'sbp' && request.method.token === undefined)
          ) {
            const link = `https://qr.nspk.ru/AS1A${o.id
              .replace(/[^A-Za-z0-9]/g, '')
              .slice(-20)
              .toUpperCase()}?type=02&sum=${o.amount}&cur=RUB`;
            o.action = { kind: 'qr_scan', url: link, qrPayload: link };
            o.waiting = outcomes.shift() ?? 'succeed';
            move(o, 'requires_action');
            return view(o);
          }
          finish(o, outcomes.shift() ?? 'succeed');
          return view(o);
        },
      );
    },
    async capture(request) {
      return call(
        'capture',
        request.idempotencyKey,
        { id: request.providerPaymentId, amount: request.amountKopecks },
        request.providerPaymentId,
        () => {
          const o = object(request.providerPaymentId);
          if (
            o.status === 'authorized' &&
            request.amountKopecks > 0 &&
            request.amountKopecks <= o.amount
          ) {
            o.captured = request.amountKopecks;
            move(o, 'succeeded');
          }
          return view(o);
        },
      );
    },
    async cancel(request) {
      return call(
        'cancel',
        request.idempotencyKey,
        { id: request.providerPaymentId },
        request.providerPaymentId,
        () => {
          const o = object(request.providerPaymentId);
          if (o.status === 'created' || o.status === 'requires_action' || o.status === 'authorized')
            move(o, 'canceled');
          return view(o);
        },
      );
    },
    async refund(request) {
      return call(
        'refund',
        request.idempotencyKey,
        {
          id: request.providerPaymentId,
          refundId: request.refundId,
          amount: request.amountKopecks,
        },
        request.providerPaymentId,
        () => {
          const o = object(request.providerPaymentId);
          const ok =
            o.status === 'succeeded' &&
            request.amountKopecks > 0 &&
            o.refunded + request.amountKopecks <= o.captured;
          const refund: ProviderRefund = {
            refundId: request.refundId,
            providerRefundId: `re_${o.id}_${o.refunded + request.amountKopecks}`,
            providerPaymentId: o.id,
            status: ok ? 'succeeded' : 'failed',
            amountKopecks: request.amountKopecks,
          };
          if (ok) {
            o.refunded += request.amountKopecks;
            refunds.set(refund.providerRefundId, refund);
            emitRefund(o, refund);
          }
          return refund;
        },
      );
    },
    async getRefund(providerRefundId) {
      const refund = refunds.get(providerRefundId);
      if (refund === undefined)
        throw new KabinetError('ERR_NOT_FOUND', `no simulated refund ${providerRefundId}`);
      return refund;
    },
    async getStatus(providerPaymentId) {
      return call('getStatus', undefined, undefined, providerPaymentId, () =>
        view(object(providerPaymentId)),
      );
    },
    async parseCallback(input): Promise<Result<ProviderCallback>> {
      switch (dialect) {
        case 'acquirer':
          return parseAcquirerNotification(input, { secret });
        case 'yookassa':
          return parseYookassaNotification(input);
        case 'stripe':
          return parseStripeEvent(input, { secret, now: options.clock.now() });
        case 'sbp-sber':
          return parseSbpNotification('sber', input);
        default:
          return fail(issue('payment.callback.malformed', []));
      }
    },
    tokenize(instrument) {
      const source =
        instrument.kind === 'card'
          ? instrument.number
          : instrument.kind === 'wallet'
            ? instrument.wallet
            : instrument.kind === 'sbp'
              ? instrument.phone
              : instrument.account;
      const compact = source.replace(/[\s-]/g, '');
      const fingerprint = `fp_${createHash('sha256').update(`${instrument.kind}:${compact}`).digest('hex').slice(0, 24)}`;
      const last4 = compact.slice(-4);
      let token: SimulatedToken;
      switch (instrument.kind) {
        case 'card': {
          const network = instrument.network ?? detectNetwork(compact);
          token = {
            token: `tok_${fingerprint.slice(3, 19)}`,
            fingerprint,
            label: `${NETWORK_NAMES[network]} •••• ${last4}`,
            kind: 'card',
            network,
          };
          break;
        }
        case 'wallet':
          token = {
            token: `tok_${fingerprint.slice(3, 19)}`,
            fingerprint,
            label: `Кошелёк •••• ${last4}`,
            kind: 'wallet',
          };
          break;
        case 'sbp':
          token = {
            token: `tok_${fingerprint.slice(3, 19)}`,
            fingerprint,
            label: `СБП ${maskPhone(compact)}`,
            kind: 'sbp',
          };
          break;
        case 'direct_debit':
          token = {
            token: `tok_${fingerprint.slice(3, 19)}`,
            fingerprint,
            label: `Счёт •••• ${last4}`,
            kind: 'direct_debit',
          };
          break;
      }
      return token;
    },
    setBalance(token, kopecks) {
      if (!Number.isSafeInteger(kopecks) || kopecks < 0)
        throw new KabinetError('ERR_INVALID_ARGUMENT', 'a balance is kopecks >= 0');
      balances.set(token, kopecks);
    },
    queueOutcome(...queued) {
      outcomes.push(...queued);
    },
    completeAction(providerPaymentId, decision = 'approve') {
      const o = object(providerPaymentId);
      if (o.status !== 'requires_action') return;
      if (decision === 'decline') {
        o.failureCode = 'authentication_failed';
        move(o, 'processing');
        move(o, 'failed');
        return;
      }
      const next = o.waiting ?? 'succeed';
      delete o.waiting;
      finish(o, next === 'require_action' ? 'succeed' : next);
    },
    settle(providerPaymentId, outcome = 'succeed') {
      const o = object(providerPaymentId);
      if (o.status !== 'processing') return;
      finish(o, outcome === 'pending' || outcome === 'require_action' ? 'succeed' : outcome);
    },
    failNextCall(operation, when = 'before') {
      failures.push({ operation, when });
    },
    takeCallbacks() {
      return outbox.splice(0, outbox.length);
    },
    native(providerPaymentId) {
      return renderNative(dialect, object(providerPaymentId));
    },
  };
}
