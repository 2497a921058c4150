import type { MemoryIdentityRegistry, Outbox } from '@kabinet/memory';
import type { MethodCheckVerifier, PaymentProvider } from '@kabinet/payments';
import type {
  SimulatedChargeSource,
  SimulatedMethodCheck,
  SimulatedProvider,
} from '@kabinet/payments/testing';
import type { ChargeSource, IdentityRegistry, Senders } from '@kabinet/ports';
import type { KabinetDev } from '../setup/kabinet.js';

const has = (value: unknown, ...methods: string[]): boolean =>
  methods.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/**
 * The in-memory and simulated ports the caller chose, recognised by their shape (so this
 * package never loads them): the outbox, the simulated registry, payment provider, first-use
 * check and charge source. Real ports are not recognised and leave their handle unset.
 */
export function devHandlesOf(ports: {
  readonly senders: Senders;
  readonly registry: IdentityRegistry;
  readonly provider: PaymentProvider;
  readonly methodCheck: MethodCheckVerifier;
  readonly charges: ChargeSource;
}): KabinetDev {
  const { senders, registry, provider, methodCheck, charges } = ports;
  return {
    ...(has(senders, 'lastCode', 'lastTo') ? { outbox: senders as Outbox } : {}),
    ...(has(registry, 'respondFor') ? { registry: registry as MemoryIdentityRegistry } : {}),
    ...(has(provider, 'takeCallbacks', 'settle', 'tokenize')
      ? { provider: provider as SimulatedProvider }
      : {}),
    ...(has(methodCheck, 'answerFor') ? { methodCheck: methodCheck as SimulatedMethodCheck } : {}),
    ...(has(charges, 'post', 'annul', 'issue')
      ? { charges: charges as SimulatedChargeSource }
      : {}),
  };
}
