import { KabinetError } from '@kabinet/core';
import type { MethodCheckVerifier, PaymentProvider } from '@kabinet/payments';
import type { ChargeSource } from '@kabinet/ports';

const refuse = (): never => {
  throw new KabinetError(
    'ERR_CONFIG',
    'payments: no provider is configured (createKabinet({ payments: { provider, methodCheck, charges } }); simulatedPayments() for tests and demos)',
  );
};

/** Stands in when the config names no provider: every call that would move money fails with `ERR_CONFIG`. */
export const unconfiguredProvider: PaymentProvider = {
  id: 'unconfigured',
  create: async () => refuse(),
  confirm: async () => refuse(),
  capture: async () => refuse(),
  cancel: async () => refuse(),
  refund: async () => refuse(),
  getStatus: async () => refuse(),
  parseCallback: async () => refuse(),
};

/** Stands in when the config names no first-use check: starting or verifying one fails with `ERR_CONFIG`. */
export const unconfiguredMethodCheck: MethodCheckVerifier = {
  start: async () => refuse(),
  verify: async () => refuse(),
};

/** Stands in when the config names no charge source: looking a charge up fails with `ERR_CONFIG` (never a client-chosen amount). */
export const unconfiguredCharges: ChargeSource = {
  find: async () => refuse(),
  listFor: async () => refuse(),
};
