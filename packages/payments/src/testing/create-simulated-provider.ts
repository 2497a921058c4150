import { KabinetError, cryptoRandom } from '@kabinet/core';
import type { ProviderPayment, ProviderRefund } from '../providers/payment-provider.js';
import { createSimBank, type SimState } from './_lib/sim-bank.js';
import { createSimCalls } from './_lib/sim-calls.js';
import { renderNative } from './_lib/sim-render.js';
import { tokenizeInstrument } from './_lib/sim-tokenize.js';
import { createSimWire } from './_lib/sim-wire.js';
import type {
  SimulatedDialect,
  SimulatedOperation,
  SimulatedProvider,
  SimulatedProviderOptions,
} from './simulated-provider.js';

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
  const wire = createSimWire(dialect, secret, options.clock);
  const bank = createSimBank(dialect, wire.emit);
  const { calls, run, failNext } = createSimCalls();
  const objects = new Map<string, SimState>();
  const refunds = new Map<string, ProviderRefund>();

  const object = (providerPaymentId: string): SimState => {
    const o = objects.get(providerPaymentId);
    if (o === undefined)
      throw new KabinetError('ERR_NOT_FOUND', `no simulated payment ${providerPaymentId}`);
    return o;
  };
  /** Runs a call on one object and answers with its view. */
  const onObject = (
    operation: SimulatedOperation,
    key: string,
    params: Readonly<Record<string, unknown>>,
    providerPaymentId: string,
    effect: (o: SimState) => void,
  ): Promise<ProviderPayment> =>
    Promise.resolve(
      run(operation, key, { id: providerPaymentId, ...params }, providerPaymentId, () => {
        const o = object(providerPaymentId);
        effect(o);
        return wire.view(o);
      }),
    );

  return {
    id,
    dialect,
    calls,
    async create(request) {
      const params = { ...request, idempotencyKey: undefined };
      return run('create', request.idempotencyKey, params, undefined, () => {
        if (!Number.isSafeInteger(request.amountKopecks) || request.amountKopecks <= 0)
          throw new KabinetError('ERR_INVALID_ARGUMENT', 'amount must be positive kopecks');
        const o: SimState = {
          id: wire.nextId(),
          reference: request.reference,
          amount: request.amountKopecks,
          capture: request.capture,
          status: 'created',
          captured: 0,
          refunded: 0,
          wasAuthorized: false,
        };
        objects.set(o.id, o);
        wire.emit(o);
        return wire.view(o);
      });
    },
    confirm: ({ idempotencyKey, providerPaymentId, method }) =>
      onObject('confirm', idempotencyKey, { method }, providerPaymentId, (o) => {
        if (o.status !== 'created') return;
        if (method.token !== undefined) o.token = method.token;
        if (method.kind === 'qr' || (method.kind === 'sbp' && method.token === undefined)) {
          // The payer scans an SBP QR (НСПК link) and the bank app decides.
          const link = `https://qr.nspk.ru/AS1A${o.id
            .replace(/[^A-Za-z0-9]/g, '')
            .slice(-20)
            .toUpperCase()}?type=02&sum=${o.amount}&cur=RUB`;
          o.action = { kind: 'qr_scan', url: link, qrPayload: link };
          o.waiting = bank.nextOutcome();
          bank.move(o, 'requires_action');
          return;
        }
        bank.finish(o, bank.nextOutcome());
      }),
    capture: ({ idempotencyKey, providerPaymentId, amountKopecks }) =>
      onObject('capture', idempotencyKey, { amount: amountKopecks }, providerPaymentId, (o) => {
        if (o.status === 'authorized' && amountKopecks > 0 && amountKopecks <= o.amount) {
          o.captured = amountKopecks;
          bank.move(o, 'succeeded');
        }
      }),
    cancel: ({ idempotencyKey, providerPaymentId }) =>
      onObject('cancel', idempotencyKey, {}, providerPaymentId, (o) => {
        if (o.status === 'created' || o.status === 'requires_action' || o.status === 'authorized')
          bank.move(o, 'canceled');
      }),
    async refund(request) {
      const params = {
        id: request.providerPaymentId,
        refundId: request.refundId,
        amount: request.amountKopecks,
      };
      return run('refund', request.idempotencyKey, params, request.providerPaymentId, () => {
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
          wire.emitRefund(o, refund);
        }
        return refund;
      });
    },
    async getRefund(providerRefundId) {
      const refund = refunds.get(providerRefundId);
      if (refund === undefined)
        throw new KabinetError('ERR_NOT_FOUND', `no simulated refund ${providerRefundId}`);
      return refund;
    },
    async getStatus(providerPaymentId) {
      return run('getStatus', undefined, undefined, providerPaymentId, () =>
        wire.view(object(providerPaymentId)),
      );
    },
    parseCallback: async (input) => wire.parseCallback(input),
    tokenize: tokenizeInstrument,
    setBalance: bank.setBalance,
    queueOutcome(...queued) {
      bank.queue(queued);
    },
    completeAction(providerPaymentId, decision = 'approve') {
      const o = object(providerPaymentId);
      if (o.status !== 'requires_action') return;
      if (decision === 'decline') {
        o.failureCode = 'authentication_failed';
        bank.move(o, 'processing');
        bank.move(o, 'failed');
        return;
      }
      const next = o.waiting ?? 'succeed';
      delete o.waiting;
      bank.finish(o, next === 'require_action' ? 'succeed' : next);
    },
    settle(providerPaymentId, outcome = 'succeed') {
      const o = object(providerPaymentId);
      if (o.status !== 'processing') return;
      bank.finish(o, outcome === 'pending' || outcome === 'require_action' ? 'succeed' : outcome);
    },
    failNextCall(operation, when = 'before') {
      failNext(operation, when);
    },
    takeCallbacks: wire.takeCallbacks,
    native(providerPaymentId) {
      return renderNative(dialect, object(providerPaymentId));
    },
  };
}
