/**
 * Charges (начисления) a state duty's amount comes from: a simulated `ChargeSource`
 * with a catalogue of duties with fixed amounts, for tests and demos. The port itself is in
 * `@kabinet/ports/payments`.
 *
 * @example
 * ```ts
 * import { createSimulatedChargeSource, defaultDutyCatalogue } from '@kabinet/payments/charges';
 * const charges = createSimulatedChargeSource({ clock, catalogue: defaultDutyCatalogue });
 * ```
 *
 * @module @kabinet/payments/charges
 */
export {
  createSimulatedChargeSource,
  type SimulatedChargeSource,
  type SimulatedChargeSourceOptions,
  type SimulatedChargeBook,
  type PostChargeInput,
} from './create-simulated-charge-source.js';
export { defaultDutyCatalogue } from './default-duty-catalogue.js';
