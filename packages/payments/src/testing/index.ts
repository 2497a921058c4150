/**
 * Test doubles for the payments service, for tests, demos and the walkthrough: a deterministic
 * simulated provider speaking a card acquirer's, YooKassa's, Stripe's or SBP's vocabulary
 * (with controls a real provider lacks: balances, queued outcomes, injected failures, the
 * callbacks it would POST), a simulated first-use check, and a simulated charge source with
 * an example duty catalogue. Never wire them into production: the real provider, verifier and
 * charge source are yours.
 *
 * @example
 * ```ts
 * import {
 *   createSimulatedChargeSource,
 *   createSimulatedMethodCheck,
 *   createSimulatedProvider,
 * } from '@kabinet/payments/testing';
 * const clock = createFakeClock();
 * const payments = createPaymentsService({
 *   store: createMemoryPaymentStore({ clock }),
 *   charges: createSimulatedChargeSource({ clock }),
 *   provider: createSimulatedProvider({ clock, dialect: 'yookassa' }),
 *   methodCheck: createSimulatedMethodCheck({ clock }),
 *   journal: { append: async () => {} },
 *   clock,
 *   policy: defaultPaymentsPolicy,
 * });
 * ```
 *
 * @module @kabinet/payments/testing
 */
export { createSimulatedProvider } from './create-simulated-provider.js';
export type {
  SimulatedProvider,
  SimulatedProviderOptions,
  SimulatedDialect,
  SimulatedOutcome,
  SimulatedOperation,
  SimulatedToken,
} from './simulated-provider.js';
export {
  createSimulatedMethodCheck,
  type SimulatedMethodCheck,
  type SimulatedMethodCheckOptions,
} from './create-simulated-method-check.js';
export {
  createSimulatedChargeSource,
  type SimulatedChargeSource,
  type SimulatedChargeSourceOptions,
  type SimulatedChargeBook,
  type PostChargeInput,
} from './create-simulated-charge-source.js';
export { defaultDutyCatalogue } from './default-duty-catalogue.js';
